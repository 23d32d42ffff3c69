package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.HashAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The JDK engine for {@link HashAlgorithm}. JCA algorithm names appear only in {@code internal.jca}. */
public final class JcaDigests {

    private JcaDigests() {}

    public static byte[] digest(HashAlgorithm algorithm, byte[]... parts) {
        MessageDigest md = newDigest(algorithm);
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }

    private static MessageDigest newDigest(HashAlgorithm algorithm) {
        String name = switch (algorithm) {
            case SHA_256 -> "SHA-256";
            case SHA_384 -> "SHA-384";
            case SHA_512 -> "SHA-512";
        };
        try {
            return MessageDigest.getInstance(name, "SUN");
        } catch (NoSuchAlgorithmException | java.security.NoSuchProviderException e) {
            throw new IllegalStateException("the JDK's SUN provider lacks " + name + ": broken runtime", e);
        }
    }

    /** Constant-time comparison ({@link MessageDigest#isEqual} is constant-time for equal lengths). */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
