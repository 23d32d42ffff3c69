package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.ec.p256.P256;
import dev.citadel.corecrypto.internal.jca.JcaEcEngine;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;

/**
 * Citadel's own EC arithmetic where it exists (P-256), the JDK engine for the other curves. Signing
 * nonces are hedged (RFC 6979 §3.6: HMAC-DRBG over key, digest and 32 fresh random bytes) unless
 * deterministic signing is asked for. See docs/crypto-engines.md, "Fast EC engine".
 */
public final class FastEcEngine implements EcEngine {

    public static final FastEcEngine INSTANCE = new FastEcEngine();

    private static final int HEDGE_BYTES = 32;

    private final EcEngine fallback = JcaEcEngine.INSTANCE;

    private FastEcEngine() {}

    @Override
    public KeyPair generate(EcCurve curve, RandomSource random) {
        if (curve != EcCurve.P_256) {
            return fallback.generate(curve, random);
        }
        byte[] d = P256.randomScalar(random);
        BigInteger[] q = P256.publicPoint(d);
        return new KeyPair(d, new Point(q[0], q[1]));
    }

    @Override
    public Point publicPoint(EcCurve curve, byte[] scalar) {
        if (curve != EcCurve.P_256) {
            return fallback.publicPoint(curve, scalar);
        }
        BigInteger[] q = P256.publicPoint(scalar);
        return new Point(q[0], q[1]);
    }

    @Override
    public byte[] signDigest(EcCurve curve, byte[] scalar, byte[] digest, RandomSource random) {
        if (curve != EcCurve.P_256) {
            return fallback.signDigest(curve, scalar, digest, random);
        }
        // The DRBG's HMAC: SHA-256, whatever hashed the message (the hedge makes k unpredictable anyway).
        return P256.sign(scalar, digest, new Rfc6979Nonces(SignatureHash.SHA_256, curve.order(), scalar, digest, random.bytes(HEDGE_BYTES)));
    }

    @Override
    public byte[] signDigestDeterministic(EcCurve curve, byte[] scalar, SignatureHash hash, byte[] digest) {
        if (curve != EcCurve.P_256) {
            return fallback.signDigestDeterministic(curve, scalar, hash, digest);
        }
        return P256.sign(scalar, digest, new Rfc6979Nonces(hash, curve.order(), scalar, digest, new byte[0]));
    }

    @Override
    public boolean verifyDigest(EcCurve curve, Point q, byte[] digest, byte[] p1363) {
        if (curve != EcCurve.P_256) {
            return fallback.verifyDigest(curve, q, digest, p1363);
        }
        return P256.verify(p256(q), digest, p1363);
    }

    @Override
    public byte[] agree(EcCurve curve, byte[] scalar, Point peer) {
        if (curve != EcCurve.P_256) {
            return fallback.agree(curve, scalar, peer);
        }
        return P256.agree(scalar, p256(peer));
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
}
