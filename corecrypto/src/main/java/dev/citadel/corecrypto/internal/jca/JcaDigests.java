package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.engine.DigestEngine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;

/** The JDK engine for every {@link HashAlgorithm}. JCA algorithm names appear only in {@code internal.jca}. */
public final class JcaDigests {

    /**
     * One never-updated instance per algorithm, cloned for each use: {@code MessageDigest.getInstance} looks
     * the provider and service up on every call, which costs more than hashing the short inputs of a
     * signature (clientDataJSON, a nonce seed, R‖A‖M). Cloning a fresh instance copies its initial state only;
     * the prototypes are never updated, so concurrent clones are safe.
     */
    private static final java.util.Map<HashAlgorithm, MessageDigest> PROTOTYPES = new java.util.concurrent.ConcurrentHashMap<>();

    private JcaDigests() {}

    /** The JDK engine for {@code algorithm}. */
    public static DigestEngine engine(HashAlgorithm algorithm) {
        return parts -> digest(algorithm, parts);
    }

    public static byte[] digest(HashAlgorithm algorithm, byte[]... parts) {
        MessageDigest md = newDigest(algorithm);
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }

    /** The JCA standard name of {@code algorithm}'s hash ("SHA-256", "SHA3-256", …). */
    public static String name(HashAlgorithm algorithm) {
        return switch (algorithm) {
            case SHA_1 -> "SHA-1";
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

    /** A fresh digest of {@code algorithm} from the JDK's SUN provider. */
    public static MessageDigest newDigest(HashAlgorithm algorithm) {
        MessageDigest prototype = PROTOTYPES.computeIfAbsent(algorithm, JcaDigests::instance);
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return instance(algorithm);
        }
    }

    private static MessageDigest instance(HashAlgorithm algorithm) {
        String name = name(algorithm);
        try {
            return MessageDigest.getInstance(name, "SUN");
        } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
            throw ModuleErrorException.bug("the JDK's SUN provider lacks " + name + ": broken runtime", e);
        }
    }

    /** Constant-time comparison ({@link MessageDigest#isEqual} is constant-time for equal lengths). */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
