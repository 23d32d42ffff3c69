package dev.citadel.corecrypto.internal.ec.curve25519;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.internal.engine.Engines;
import java.util.Arrays;

/**
 * PureEdDSA over edwards25519 (RFC 8032 §5.1), on raw 32-byte keys and 64-byte signatures.
 *
 * <p>Verification is strict and cofactorless, deciding exactly as the JDK's SunEC does: S must be
 * below L, A and R must decode (y &lt; p, a square root exists, no "negative zero" x), and
 * [S]B = R + [k]A must hold as an equality of points (not the cofactored [8][S]B = [8]R + [8][k]A that
 * RFC 8032 §5.1.7 permits). See {@link #verify} for how it is computed. Public keys of small order are
 * refused at decoding ({@link #decodePublicKey}).
 */
public final class Ed25519 {

    private Ed25519() {}

    /** A decoded public key A (its negation is computed per verification); immutable once built. */
    public static final class PublicKey {
        private final byte[] encoding;
        private final EdwardsPoint point;

        private PublicKey(byte[] encoding, EdwardsPoint point) {
            this.encoding = encoding;
            this.point = point;
        }
    }

    /**
     * The decoded public key, or null when the 32 bytes do not decode (RFC 8032 §5.1.3) or decode to one
     * of the eight points of order dividing 8 (the identity included). Refusing small-order keys keeps
     * the import decision Citadel has always made (BouncyCastle's {@code validatePublicKeyPartial}); such a
     * key would let one signature verify for many messages. Points of mixed order are accepted, as the
     * JDK accepts them. Variable time: public data.
     */
    public static PublicKey decodePublicKey(byte[] encoding) {
        if (encoding.length != 32) {
            return null;
        }
        EdwardsPoint a = EdwardsPoint.decode(encoding, 0);
        if (a == null || a.hasSmallOrder()) {
            return null;
        }
        return new PublicKey(encoding.clone(), a);
    }

    /** RFC 8032 §5.1.5: the public key of a 32-byte private key (seed). Constant time in the seed. */
    public static byte[] publicKey(byte[] seed) {
        byte[] h = sha512(seed);
        byte[] s = X25519.clamp(h);
        byte[] a = EdwardsMultiply.base(s).encode();
        Arrays.fill(h, (byte) 0);
        Arrays.fill(s, (byte) 0);
        return a;
    }

    /**
     * RFC 8032 §5.1.6 signature of {@code message}. {@code publicKey} MUST be {@link #publicKey}(seed):
     * it enters the hash, and a mismatched one would leak the secret scalar from two signatures.
     * Constant time in the seed and the nonce.
     */
    public static byte[] sign(byte[] seed, byte[] publicKey, byte[] message) {
        byte[] h = sha512(seed);
        byte[] s = X25519.clamp(h);
        byte[] prefix = Arrays.copyOfRange(h, 32, 64);
        byte[] rWide = sha512(prefix, message);
        byte[] r = Scalar25519.reduce(rWide);
        byte[] signature = new byte[64];
        byte[] encodedR = EdwardsMultiply.base(r).encode();
        System.arraycopy(encodedR, 0, signature, 0, 32);
        byte[] k = Scalar25519.reduce(sha512(encodedR, publicKey, message));
        byte[] bigS = Scalar25519.mulAdd(k, s, r);
        System.arraycopy(bigS, 0, signature, 32, 32);
        for (byte[] secret : new byte[][] {h, s, prefix, rWide, r}) {
            Arrays.fill(secret, (byte) 0);
        }
        return signature;
    }

    /**
     * RFC 8032 §5.1.7 verification (cofactorless, strict; see the class comment). With k split into
     * half-size v₀ ≡ v₁·k (mod 8L), v₁ odd ({@link HalfSizeScalars}), the equation is checked as
     * [v₁·S mod L]B − [v₀]A − [v₁]R = 0, which holds exactly when [S]B = R + [k]A does; when no split is
     * found (rare), as encode([S]B − [k]A) = R byte for byte: the encoding is canonical, so a
     * non-decodable R never matches and a decodable one matches exactly when the points are equal.
     * Variable time: public data.
     */
    public static boolean verify(PublicKey a, byte[] message, byte[] signature) {
        if (signature.length != 64 || !Scalar25519.isCanonical(signature, 32)) {
            return false;
        }
        byte[] encodedR = Arrays.copyOf(signature, 32);
        byte[] s = Arrays.copyOfRange(signature, 32, 64);
        byte[] k = Scalar25519.reduce(sha512(encodedR, a.encoding, message));
        HalfSizeScalars.Split split = HalfSizeScalars.split(k);
        if (split == null) {
            return verifyFullLength(a, encodedR, s, k);
        }
        EdwardsPoint r = EdwardsPoint.decode(encodedR, 0);
        if (r == null) {
            return false; // R does not decode (y ≥ p, no square root, or x = 0 with the sign bit)
        }
        byte[] sv1 = Scalar25519.mulAdd(split.v1, s, new byte[32]);
        return EdwardsMultiply.verifyHalfSize(sv1, split.v0, !split.v0Negative, split.v1, a.point, r).isIdentity();
    }

    /** The same decision with full-length scalars: encode([S]B − [k]A) = R. */
    static boolean verifyFullLength(PublicKey a, byte[] encodedR, byte[] s, byte[] k) {
        return Arrays.equals(EdwardsMultiply.verifyCombination(s, k, a.point).encode(), encodedR);
    }

    private static byte[] sha512(byte[]... parts) {
        return Engines.digest(HashAlgorithm.SHA_512).digest(parts);
    }
}
