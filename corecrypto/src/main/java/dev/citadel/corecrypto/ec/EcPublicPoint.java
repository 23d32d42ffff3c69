package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated public point on a NIST curve: on the curve, not the point at infinity, both coordinates
 * in [0, p). Every factory validates; an {@code EcPublicPoint} that exists is safe to use. (The curves
 * have cofactor 1, so a point on the curve has the full prime order.)
 *
 * <p>Encodings: SEC 1 §2.3.3 uncompressed ({@code 04 || x || y}, ANSI X9.63) and compressed
 * ({@code 02/03 || x}); the compact form of draft-jivsov-ecc-compact (x alone, as Apple CryptoKit's
 * {@code compactRepresentation}); RFC 5480 SubjectPublicKeyInfo with a named curve.
 */
public final class EcPublicPoint {

    private final EcCurve curve;
    private final BigInteger x;
    private final BigInteger y;
    /** One engine point per public point, so the engine's per-point work (tables) is done once. */
    private final EcEngine.Point enginePoint;

    private EcPublicPoint(EcCurve curve, BigInteger x, BigInteger y) {
        this.curve = curve;
        this.x = x;
        this.y = y;
        this.enginePoint = new EcEngine.Point(x, y);
    }

    /** Validates (x, y) as a point on {@code curve}; reason {@code INVALID_POINT} otherwise. */
    public static EcPublicPoint of(EcCurve curve, BigInteger x, BigInteger y) {
        SelfTest.requireOperational();
        BigInteger p = curve.p();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            throw invalidPoint("coordinate out of range [0, p)");
        }
        if (!y.multiply(y).mod(p).equals(rhs(curve, x))) {
            throw invalidPoint("point is not on " + curve);
        }
        return new EcPublicPoint(curve, x, y);
    }

    /** SEC 1 uncompressed ({@code 04 || x || y}) only. */
    public static EcPublicPoint fromX963(EcCurve curve, byte[] encoded) {
        SelfTest.requireOperational();
        int l = curve.coordinateLength();
        if (encoded.length == 1 && encoded[0] == 0) {
            throw invalidPoint("the point at infinity");
        }
        if (encoded.length != 1 + 2 * l || encoded[0] != 4) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "not an uncompressed " + curve + " point");
        }
        return of(curve, new BigInteger(1, Arrays.copyOfRange(encoded, 1, 1 + l)),
                new BigInteger(1, Arrays.copyOfRange(encoded, 1 + l, 1 + 2 * l)));
    }

    /** SEC 1 compressed ({@code 02/03 || x}) only. */
    public static EcPublicPoint fromCompressed(EcCurve curve, byte[] encoded) {
        SelfTest.requireOperational();
        int l = curve.coordinateLength();
        if (encoded.length != 1 + l || (encoded[0] != 2 && encoded[0] != 3)) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "not a compressed " + curve + " point");
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(encoded, 1, 1 + l));
        if (curve == EcCurve.P_256) {
            // The engine's field: a fixed square-root chain; y² = x³ − 3x + b holds by construction.
            BigInteger y = dev.citadel.corecrypto.internal.ec.p256.P256.decompressY(x, encoded[0] == 3);
            if (y == null) {
                throw invalidPoint(x.compareTo(curve.p()) >= 0 ? "x-coordinate ≥ p" : "x-coordinate has no point on " + curve);
            }
            return new EcPublicPoint(curve, x, y);
        }
        BigInteger y = decompress(curve, x);
        if (y.testBit(0) != (encoded[0] == 3)) {
            y = curve.p().subtract(y);
        }
        return of(curve, x, y);
    }

    /** Either SEC 1 form (uncompressed or compressed), as in an X.509 key or a TLS key share. */
    public static EcPublicPoint fromSec1(EcCurve curve, byte[] encoded) {
        SelfTest.requireOperational();
        if (encoded.length > 0 && (encoded[0] == 2 || encoded[0] == 3)) {
            return fromCompressed(curve, encoded);
        }
        return fromX963(curve, encoded);
    }

    /** The compact form: x alone, y the smaller of the two square roots (draft-jivsov-ecc-compact §4.1). */
    public static EcPublicPoint fromCompact(EcCurve curve, byte[] x) {
        SelfTest.requireOperational();
        if (x.length != curve.coordinateLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "compact " + curve + " key must be " + curve.coordinateLength() + " bytes");
        }
        BigInteger xi = new BigInteger(1, x);
        BigInteger y = decompress(curve, xi);
        BigInteger other = curve.p().subtract(y).mod(curve.p());
        return of(curve, xi, y.min(other));
    }

    /** RFC 5480 SubjectPublicKeyInfo, named curve only; SEC 1 point either form. */
    public static EcPublicPoint fromSpki(byte[] der) {
        SelfTest.requireOperational();
        DerReader outer = new DerReader(der);
        DerReader spki = outer.readSequence();
        outer.requireEnd();
        DerReader alg = spki.readSequence();
        if (!Arrays.equals(alg.readOid(), Oids.EC_PUBLIC_KEY)) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an id-ecPublicKey key");
        }
        if (alg.peekTag() != DerReader.OID) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "explicit or implicit curve parameters (RFC 5480 §2.1.1: namedCurve only)");
        }
        EcCurve curve = EcCurve.fromOid(alg.readOid());
        alg.requireEnd();
        if (curve == null) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "curve not offered");
        }
        byte[] point = spki.readBitString();
        spki.requireEnd();
        return fromSec1(curve, point);
    }

    public EcCurve curve() {
        return curve;
    }

    public BigInteger x() {
        return x;
    }

    public BigInteger y() {
        return y;
    }

    /** SEC 1 uncompressed {@code 04 || x || y} (the ANSI X9.63 representation). */
    public byte[] x963() {
        int l = curve.coordinateLength();
        return DerWriter.concat(new byte[] {4}, JcaBytes.fixed(x, l), JcaBytes.fixed(y, l));
    }

    /** SEC 1 compressed {@code 02/03 || x}. */
    public byte[] compressed() {
        return DerWriter.concat(new byte[] {(byte) (y.testBit(0) ? 3 : 2)}, JcaBytes.fixed(x, curve.coordinateLength()));
    }

    /** The compact form (x alone) if this point has the smaller y of its pair; empty otherwise. */
    public Optional<byte[]> compactRepresentation() {
        BigInteger other = curve.p().subtract(y).mod(curve.p());
        return y.compareTo(other) <= 0 ? Optional.of(JcaBytes.fixed(x, curve.coordinateLength())) : Optional.empty();
    }

    /** RFC 5480 SubjectPublicKeyInfo (named curve, uncompressed point). */
    public byte[] spki() {
        return DerWriter.sequence(DerWriter.sequence(Oids.EC_PUBLIC_KEY, curve.oidEncoding()), DerWriter.bitString(x963()));
    }

    EcEngine.Point enginePoint() {
        return enginePoint;
    }

    private static BigInteger rhs(EcCurve curve, BigInteger x) {
        BigInteger p = curve.p();
        return x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(curve.b()).mod(p);
    }

    /** A square root of x³ − 3x + b; every curve here has p ≡ 3 (mod 4), so it is rhs^((p+1)/4). */
    private static BigInteger decompress(EcCurve curve, BigInteger x) {
        BigInteger p = curve.p();
        if (x.compareTo(p) >= 0) {
            throw invalidPoint("x-coordinate ≥ p");
        }
        BigInteger r = rhs(curve, x);
        BigInteger y = r.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        if (!y.multiply(y).mod(p).equals(r)) {
            throw invalidPoint("x-coordinate has no point on " + curve);
        }
        return y;
    }

    private static InvalidInputException invalidPoint(String why) {
        return new InvalidInputException(Reason.INVALID_POINT, why);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcPublicPoint other && curve == other.curve && x.equals(other.x) && y.equals(other.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(curve, x, y);
    }

    @Override
    public String toString() {
        return "EcPublicPoint[" + curve + ", " + java.util.HexFormat.of().formatHex(compressed()) + "]";
    }
}
