package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.cryptokit.P256;

/**
 * A verified App Attest attestation: the key the app's Secure Enclave generated, proven to belong to this
 * App ID and environment and bound to the caller's clientDataHash. Only {@link AttestationVerifier}
 * constructs one. Store {@link #keyId()}, {@link #publicKey()}, {@link #counter()} and the receipt.
 */
public final class AttestationResult {

    private final AppId appId;
    private final KeyId keyId;
    private final P256.Signing.PublicKey publicKey;
    private final Environment environment;
    private final AuthenticatorExtensions extensions;
    private final Receipt receipt;
    private final Bytes credentialCertificate;

    AttestationResult(AppId appId, KeyId keyId, P256.Signing.PublicKey publicKey, Environment environment,
                      AuthenticatorExtensions extensions, Receipt receipt, Bytes credentialCertificate) {
        this.appId = appId;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.environment = environment;
        this.extensions = extensions;
        this.receipt = receipt;
        this.credentialCertificate = credentialCertificate;
    }

    public AppId appId() {
        return appId;
    }

    public KeyId keyId() {
        return keyId;
    }

    /** The attested key, which verifies this installation's assertions. */
    public P256.Signing.PublicKey publicKey() {
        return publicKey;
    }

    public Environment environment() {
        return environment;
    }

    /** The authenticator-data extensions (bundle version, validation category), as checked by the policy. */
    public AuthenticatorExtensions extensions() {
        return extensions;
    }

    /** The receipt embedded in the attestation, verified (type ATTEST). */
    public Receipt receipt() {
        return receipt;
    }

    /** The sign counter: always 0 for an attestation. */
    public long counter() {
        return 0;
    }

    /** The credential certificate (DER). */
    public Bytes credentialCertificate() {
        return credentialCertificate;
    }

    /** The record an {@link AttestedKeyStore} keeps for this key. */
    public AttestedKey toAttestedKey() {
        return new AttestedKey(keyId, publicKey, appId, environment, 0);
    }

    @Override
    public String toString() {
        return "AttestationResult[" + appId + ", " + environment + ", keyId " + keyId + ", " + extensions + "]";
    }
}
