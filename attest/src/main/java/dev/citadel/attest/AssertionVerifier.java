package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies App Attest assertions (Apple, "Validating apps that connect to your server", "Verify the
 * assertion") against keys in an {@link AttestedKeyStore}, and advances the stored counter.
 *
 * <h2>Security guarantees</h2>
 * A returned {@link AssertionResult} means: the assertion is signed by the stored attested key, with
 * ECDSA P-256 over SHA-256 of nonce = SHA-256(authenticatorData ‖ SHA-256(clientData)); the RP ID hash is
 * SHA-256 of the configured App ID; the client data carries the expected challenge; the extensions satisfy
 * the policy; and the counter was strictly greater than the stored one and is now stored, by an atomic
 * compare-and-set (two concurrent assertions with one counter value never both succeed). Nothing is
 * stored for an assertion that fails any check.
 *
 * <h2>Does not</h2>
 * Issue or expire challenges (the caller does, single use); bind the assertion to an HTTP request beyond
 * the client data the caller passes.
 */
public final class AssertionVerifier {

    /** Largest assertion object read; Apple's are under 200 bytes. */
    public static final int MAX_ASSERTION_BYTES = 4 * 1024;
    /** Largest client data accepted (it is hashed whole). */
    public static final int MAX_CLIENT_DATA_BYTES = 1 << 20;
    /** Compare-and-set attempts under concurrent assertions for one key before giving up. */
    public static final int MAX_COUNTER_ATTEMPTS = 8;

    private final AppId appId;
    private final AttestedKeyStore store;
    private final ExtensionPolicy extensionPolicy;
    private final Clock clock;

    public AssertionVerifier(AppId appId, AttestedKeyStore store, ExtensionPolicy extensionPolicy, Clock clock) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.store = Objects.requireNonNull(store, "store");
        this.extensionPolicy = Objects.requireNonNull(extensionPolicy, "extensionPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies {@code assertion} (CBOR) by {@code keyId} over {@code clientData}, and stores its counter. */
    public AssertionResult verify(KeyId keyId, byte[] assertion, byte[] clientData, ClientDataChallenge challenge) {
        if (clientData.length > MAX_CLIENT_DATA_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "client data larger than MAX_CLIENT_DATA_BYTES=" + MAX_CLIENT_DATA_BYTES);
        }
        Parsed p = parse(assertion);
        AuthenticatorData authData = AuthenticatorData.parseAssertion(p.authenticatorData);
        AttestedKey stored = store.find(keyId).orElseThrow(() -> AttestException.of(Reason.UNKNOWN_KEY, "no attested key " + keyId));

        // Steps 1–3: the signature over nonce = SHA-256(authenticatorData ‖ SHA-256(clientData)).
        byte[] clientDataHash = SHA256.hash(clientData).bytes();
        byte[] nonce = SHA256.hash(p.authenticatorData, clientDataHash).bytes();
        try {
            stored.publicKey().verify(P256.Signing.ECDSASignature.fromDerRepresentation(p.signature), nonce);
        } catch (CryptoKitException e) {
            throw AttestException.of(Reason.SIGNATURE_INVALID, "assertion signature: " + e.reason(), e);
        }
        // Step 4: RP ID hash.
        if (!authData.rpIdHash().equals(appId.rpIdHash())) {
            throw AttestException.of(Reason.RP_ID_MISMATCH, "authenticatorData's RP ID hash is not SHA-256(" + appId + ")");
        }
        // Step 6: the challenge (step 5, the counter, commits last).
        Bytes cd = Bytes.of(clientData);
        challenge.check(cd);
        extensionPolicy.check(authData.extensions());

        // Step 5: counter strictly greater than the stored one, stored by compare-and-set.
        long counter = authData.counter();
        long previous = stored.counter();
        for (int attempt = 0; ; attempt++) {
            if (counter <= previous) {
                throw AttestException.of(Reason.COUNTER_NOT_INCREASED, "counter " + counter + " is not greater than the stored " + previous);
            }
            if (store.compareAndSetCounter(keyId, previous, counter)) {
                return new AssertionResult(keyId, appId, counter, previous, authData.extensions(), cd, clock.instant());
            }
            if (attempt + 1 >= MAX_COUNTER_ATTEMPTS) {
                throw AttestException.of(Reason.COUNTER_CONTENTION, "the stored counter changed " + MAX_COUNTER_ATTEMPTS + " times");
            }
            previous = store.find(keyId).orElseThrow(() -> AttestException.of(Reason.UNKNOWN_KEY, "key " + keyId + " was removed")).counter();
        }
    }

    record Parsed(byte[] signature, byte[] authenticatorData) {}

    /** The assertion object: exactly {signature, authenticatorData}, both byte strings. */
    static Parsed parse(byte[] assertion) {
        if (assertion.length > MAX_ASSERTION_BYTES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "assertion larger than MAX_ASSERTION_BYTES=" + MAX_ASSERTION_BYTES);
        }
        CborValue v = Cbor.decode(assertion);
        if (!(v instanceof CborMap(Map<CborValue, CborValue> m)) || m.size() != 2
                || !(m.get(new CborText("signature")) instanceof CborBytes(Bytes sig))
                || !(m.get(new CborText("authenticatorData")) instanceof CborBytes(Bytes ad))) {
            throw AttestException.of(Reason.MALFORMED_ASSERTION, "an assertion is a map of exactly signature and authenticatorData byte strings");
        }
        return new Parsed(sig.toByteArray(), ad.toByteArray());
    }
}
