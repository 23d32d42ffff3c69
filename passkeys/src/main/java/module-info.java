/**
 * Passkeys: a WebAuthn Level 3 relying party and local-authentication policy. Chains are validated by the
 * trust module; every signature check runs through cryptokit.
 */
module dev.citadel.passkeys {
    requires transitive dev.citadel.encoding;
    requires transitive dev.citadel.cryptokit;
    requires transitive dev.citadel.trust;
    requires com.fasterxml.jackson.databind;
    // Related-origins documents and FIDO metadata BLOBs fetched over HTTPS; certificate extensions read with
    // BouncyCastle's ASN.1 types.
    requires java.net.http;
    requires org.bouncycastle.provider;

    exports dev.citadel.passkeys;
    exports dev.citadel.passkeys.attestation;
    exports dev.citadel.passkeys.local;
}
