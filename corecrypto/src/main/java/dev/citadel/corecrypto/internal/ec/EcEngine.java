package dev.citadel.corecrypto.internal.ec;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;

/**
 * The arithmetic behind ECDSA and ECDH on the NIST curves. Implementations receive validated inputs
 * (scalars in [1, n), points on the curve) and never see encodings. The current engine is
 * {@link FastEcEngine} (Citadel's own P-256 and P-384 arithmetic, the JDK for P-521); the JDK engine
 * ({@code internal.jca.JcaEcEngine}) stays available for differential tests.
 *
 * <p>Contract: thread-safe; scalars are big-endian, exactly {@code curve.coordinateLength()} bytes;
 * signatures are IEEE P1363 {@code r || s}; implementations MUST NOT keep references to scalars.
 */
public interface EcEngine {

    /** The engine; refuses in the error state (defence in depth behind the public entry points). */
    static EcEngine current() {
        SelfTest.requireOperational();
        return FastEcEngine.INSTANCE;
    }

    /** A fresh key pair drawn from {@code random}. */
    KeyPair generate(EcCurve curve, RandomSource random);

    /** The public point d·G of scalar {@code d}. */
    Point publicPoint(EcCurve curve, byte[] scalar);

    /** ECDSA signature (P1363) over an already computed message digest. */
    byte[] signDigest(EcCurve curve, byte[] scalar, byte[] digest, RandomSource random);

    /** Deterministic ECDSA (RFC 6979) over a digest computed with {@code hash}. */
    byte[] signDigestDeterministic(EcCurve curve, byte[] scalar, SignatureHash hash, byte[] digest);

    /** Whether {@code p1363} is a valid ECDSA signature of {@code digest} under {@code q}. */
    boolean verifyDigest(EcCurve curve, Point q, byte[] digest, byte[] p1363);

    /** The ECDH (SP 800-56A ECC CDH) shared x-coordinate, {@code coordinateLength} bytes. */
    byte[] agree(EcCurve curve, byte[] scalar, Point peer);

    /**
     * An affine point (x, y), compared by value. It also carries a slot for the engine's own view of the
     * point (validated, converted, with tables built for repeated use), so a public key that keeps its
     * {@code Point} pays for that work once. Thread-safe.
     */
    final class Point {
        private final BigInteger x;
        private final BigInteger y;
        private volatile Object engineData;

        public Point(BigInteger x, BigInteger y) {
            this.x = java.util.Objects.requireNonNull(x);
            this.y = java.util.Objects.requireNonNull(y);
        }

        public BigInteger x() {
            return x;
        }

        public BigInteger y() {
            return y;
        }

        /** What an engine stored with {@link #engineData(Object)}, or null. */
        public Object engineData() {
            return engineData;
        }

        /** Stores an engine's immutable, thread-safe view of this point (last writer wins). */
        public void engineData(Object data) {
            engineData = data;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Point other && x.equals(other.x) && y.equals(other.y);
        }

        @Override
        public int hashCode() {
            return 31 * x.hashCode() + y.hashCode();
        }

        @Override
        public String toString() {
            return "Point[x=" + x.toString(16) + ", y=" + y.toString(16) + "]";
        }
    }

    /** A generated scalar with its public point (a class, not a record: it holds a secret array). */
    final class KeyPair {
        private final byte[] scalar;
        private final Point point;

        public KeyPair(byte[] scalar, Point point) {
            this.scalar = scalar;
            this.point = point;
        }

        /** The scalar itself (ownership passes to the caller). */
        public byte[] scalar() {
            return scalar;
        }

        public Point point() {
            return point;
        }

        @Override
        public String toString() {
            return "KeyPair[redacted]";
        }
    }
}
