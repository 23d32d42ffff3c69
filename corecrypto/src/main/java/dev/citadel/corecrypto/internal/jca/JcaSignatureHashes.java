package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.pk.SignatureHash;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** JCA names and digests for {@link SignatureHash}. */
public final class JcaSignatureHashes {

    private JcaSignatureHashes() {}

    public static String jcaName(SignatureHash h) {
        return switch (h) {
            case SHA_224 -> "SHA-224";
            case SHA_256 -> "SHA-256";
            case SHA_384 -> "SHA-384";
            case SHA_512 -> "SHA-512";
            case SHA_512_224 -> "SHA-512/224";
            case SHA_512_256 -> "SHA-512/256";
            case SHA3_224 -> "SHA3-224";
            case SHA3_256 -> "SHA3-256";
            case SHA3_384 -> "SHA3-384";
            case SHA3_512 -> "SHA3-512";
        };
    }

    public static byte[] digest(SignatureHash h, byte[] message) {
        try {
            return MessageDigest.getInstance(jcaName(h), "SUN").digest(message);
        } catch (NoSuchAlgorithmException | java.security.NoSuchProviderException e) {
            throw JcaBytes.bug(e);
        }
    }
}
