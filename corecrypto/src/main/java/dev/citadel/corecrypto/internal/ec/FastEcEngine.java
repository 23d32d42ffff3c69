package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.ec.p256.P256;
import dev.citadel.corecrypto.internal.ec.p384.P384;
import dev.citadel.corecrypto.internal.jca.JcaEcEngine;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;

/**
 * Citadel's own EC arithmetic for P-256 and P-384, the JDK engine for P-521. Signing nonces are hedged
 * (RFC 6979 §3.6: HMAC-DRBG over key, digest and 32 fresh random bytes) unless deterministic signing is
 * asked for. See docs/crypto-engines.md, "Fast EC engine".
 */
public final class FastEcEngine implements EcEngine {

    public static final FastEcEngine INSTANCE = new FastEcEngine();

    private static final int HEDGE_BYTES = 32;

    private final EcEngine fallback = JcaEcEngine.INSTANCE;

    private FastEcEngine() {}

    @Override
    public KeyPair generate(EcCurve curve, RandomSource random) {
        return switch (curve) {
            case P_256 -> keyPair(P256.randomScalar(random), P256::publicPoint);
            case P_384 -> keyPair(P384.randomScalar(random), P384::publicPoint);
            case P_521 -> fallback.generate(curve, random);
        };
    }

    private static KeyPair keyPair(byte[] d, java.util.function.Function<byte[], BigInteger[]> publicPoint) {
        BigInteger[] q = publicPoint.apply(d);
        return new KeyPair(d, new Point(q[0], q[1]));
    }

    @Override
    public Point publicPoint(EcCurve curve, byte[] scalar) {
        BigInteger[] q = switch (curve) {
            case P_256 -> P256.publicPoint(scalar);
            case P_384 -> P384.publicPoint(scalar);
            case P_521 -> null;
        };
        return q == null ? fallback.publicPoint(curve, scalar) : new Point(q[0], q[1]);
    }

    @Override
    public byte[] signDigest(EcCurve curve, byte[] scalar, byte[] digest, RandomSource random) {
        if (curve == EcCurve.P_521) {
            return fallback.signDigest(curve, scalar, digest, random);
        }
        // The DRBG's HMAC: SHA-256 (P-256) or SHA-384 (P-384), whatever hashed the message (the hedge
        // makes k unpredictable anyway).
        SignatureHash drbgHash = curve == EcCurve.P_256 ? SignatureHash.SHA_256 : SignatureHash.SHA_384;
        return sign(curve, scalar, digest, new Rfc6979Nonces(drbgHash, curve.order(), scalar, digest, random.bytes(HEDGE_BYTES)));
    }

    @Override
    public byte[] signDigestDeterministic(EcCurve curve, byte[] scalar, SignatureHash hash, byte[] digest) {
        if (curve == EcCurve.P_521) {
            return fallback.signDigestDeterministic(curve, scalar, hash, digest);
        }
        return sign(curve, scalar, digest, new Rfc6979Nonces(hash, curve.order(), scalar, digest, new byte[0]));
    }

    private static byte[] sign(EcCurve curve, byte[] scalar, byte[] digest, Rfc6979Nonces nonces) {
        return curve == EcCurve.P_256 ? P256.sign(scalar, digest, nonces) : P384.sign(scalar, digest, nonces);
    }

    @Override
    public boolean verifyDigest(EcCurve curve, Point q, byte[] digest, byte[] p1363) {
        return switch (curve) {
            case P_256 -> P256.verify(p256(q), digest, p1363);
            case P_384 -> P384.verify(p384(q), digest, p1363);
            case P_521 -> fallback.verifyDigest(curve, q, digest, p1363);
        };
    }

    @Override
    public byte[] agree(EcCurve curve, byte[] scalar, Point peer) {
        return switch (curve) {
            case P_256 -> P256.agree(scalar, p256(peer));
            case P_384 -> P384.agree(scalar, p384(peer));
            case P_521 -> fallback.agree(curve, scalar, peer);
        };
    }

    /**
     * The engine's view of a P-256 point, validated (range, curve equation) and cached in the point, so a
     * reused public key keeps its tables; throws {@link IllegalArgumentException} for an invalid point.
     */
    private static P256.PublicKey p256(Point q) {
        if (q.engineData() instanceof P256.PublicKey cached) {
            return cached;
        }
        P256.PublicKey key = P256.PublicKey.of(q.x(), q.y());
        q.engineData(key);
        return key;
    }

    /** As {@link #p256(Point)} for P-384. */
    private static P384.PublicKey p384(Point q) {
        if (q.engineData() instanceof P384.PublicKey cached) {
            return cached;
        }
        P384.PublicKey key = P384.PublicKey.of(q.x(), q.y());
        q.engineData(key);
        return key;
    }
}
