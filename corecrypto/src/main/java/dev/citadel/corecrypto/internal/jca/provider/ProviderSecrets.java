package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.pk.SharedSecret;

/**
 * The one place in corecrypto's main code that reveals raw secrets: the JCA contract itself hands them to
 * the caller ({@code ECPrivateKey.getS()}, {@code Key.getEncoded()}, {@code KeyAgreement.generateSecret()}),
 * so the provider's key objects must hold them. Every reveal the provider makes goes through here.
 */
final class ProviderSecrets {

    private ProviderSecrets() {}

    static byte[] scalar(EcdhPrivateKey key) {
        return key.revealRawScalar(SecretAccess.insecure());
    }

    static byte[] raw(EdDsaPrivateKey key) {
        return key.revealRaw(SecretAccess.insecure());
    }

    static byte[] raw(XdhPrivateKey key) {
        return key.revealRaw(SecretAccess.insecure());
    }

    static byte[] pkcs8(EdDsaPrivateKey key) {
        return key.revealPkcs8(SecretAccess.insecure());
    }

    static byte[] pkcs8(XdhPrivateKey key) {
        return key.revealPkcs8(SecretAccess.insecure());
    }

    /** The shared secret's bytes; closes (zeroises) the {@code SharedSecret}. */
    static byte[] bytes(SharedSecret secret) {
        try (secret) {
            return secret.reveal(SecretAccess.insecure());
        }
    }
}
