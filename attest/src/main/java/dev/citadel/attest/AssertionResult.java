package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

/**
 * A verified App Attest assertion. Only {@link AssertionVerifier} constructs one, after the store accepted
 * {@link #counter()} as the key's new counter.
 */
public final class AssertionResult {

    private final KeyId keyId;
    private final AppId appId;
    private final long counter;
    private final long previousCounter;
    private final AuthenticatorExtensions extensions;
    private final Bytes clientData;
    private final java.time.Instant verifiedAt;

    AssertionResult(KeyId keyId, AppId appId, long counter, long previousCounter, AuthenticatorExtensions extensions, Bytes clientData,
                    java.time.Instant verifiedAt) {
        this.keyId = keyId;
        this.appId = appId;
        this.counter = counter;
        this.previousCounter = previousCounter;
        this.extensions = extensions;
        this.clientData = clientData;
        this.verifiedAt = verifiedAt;
    }

    public KeyId keyId() {
        return keyId;
    }

    public AppId appId() {
        return appId;
    }

    /** The new counter, now stored. */
    public long counter() {
        return counter;
    }

    /** The counter stored before this assertion. */
    public long previousCounter() {
        return previousCounter;
    }

    public AuthenticatorExtensions extensions() {
        return extensions;
    }

    /** The client data the signature covers. */
    public Bytes clientData() {
        return clientData;
    }

    /** When it was verified, by the verifier's clock. */
    public java.time.Instant verifiedAt() {
        return verifiedAt;
    }

    @Override
    public String toString() {
        return "AssertionResult[keyId " + keyId + ", counter " + previousCounter + " -> " + counter + ", " + extensions + "]";
    }
}
