package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.pem.Pem;
import java.util.Arrays;
import java.util.Optional;

/**
 * The representations shared by every NIST-curve public key (signing and key agreement). Every factory
 * validates the point (on the curve, not infinity, coordinates below p) and rejects trailing bytes.
 */
abstract class EcPublicKeyBase {

    static final String PEM_LABEL = "PUBLIC KEY";

    final EcPublicPoint point;

    EcPublicKeyBase(EcPublicPoint point) {
        this.point = point;
    }

    static EcPublicPoint parseRaw(EcCurve curve, byte[] raw) {
        requireLength(raw, 2 * curve.coordinateLength(), curve + " raw public key");
        byte[] x963 = new byte[raw.length + 1];
        x963[0] = 4;
        System.arraycopy(raw, 0, x963, 1, raw.length);
        return CoreFailures.call(() -> EcPublicPoint.fromX963(curve, x963));
    }

    static EcPublicPoint parseX963(EcCurve curve, byte[] x963) {
        requireLength(x963, 1 + 2 * curve.coordinateLength(), curve + " X9.63 public key");
        return CoreFailures.call(() -> EcPublicPoint.fromX963(curve, x963));
    }

    static EcPublicPoint parseCompressed(EcCurve curve, byte[] compressed) {
        requireLength(compressed, 1 + curve.coordinateLength(), curve + " compressed public key");
        return CoreFailures.call(() -> EcPublicPoint.fromCompressed(curve, compressed));
    }

    static EcPublicPoint parseCompact(EcCurve curve, byte[] compact) {
        requireLength(compact, curve.coordinateLength(), curve + " compact public key");
        return CoreFailures.call(() -> EcPublicPoint.fromCompact(curve, compact));
    }

    static EcPublicPoint parseDer(EcCurve curve, byte[] spki) {
        EcPublicPoint p = CoreFailures.call(() -> EcPublicPoint.fromSpki(spki));
        if (p.curve() != curve) {
            throw CryptoKitException.of(Reason.INVALID_KEY, "key is on " + p.curve() + ", not " + curve);
        }
        return p;
    }

    static EcPublicPoint parsePem(EcCurve curve, String pem) {
        return parseDer(curve, Pem.decode(pem, PEM_LABEL));
    }

    /** Exactly {@code expected} bytes: {@code TRAILING_BYTES} if longer, {@code INVALID_ENCODING} if shorter. */
    static void requireLength(byte[] bytes, int expected, String what) {
        if (bytes.length > expected) {
            throw CryptoKitException.of(Reason.TRAILING_BYTES, what + " has " + (bytes.length - expected) + " trailing bytes");
        }
        if (bytes.length < expected) {
            throw CryptoKitException.of(Reason.INVALID_ENCODING, what + " must be " + expected + " bytes");
        }
    }

    /** {@code x || y} (CryptoKit {@code rawRepresentation}). */
    public byte[] rawRepresentation() {
        byte[] x963 = point.x963();
        return Arrays.copyOfRange(x963, 1, x963.length);
    }

    /** {@code 04 || x || y} (ANSI X9.63 / SEC 1 uncompressed). */
    public byte[] x963Representation() {
        return point.x963();
    }

    /** {@code 02/03 || x} (SEC 1 compressed). */
    public byte[] compressedRepresentation() {
        return point.compressed();
    }

    /** x alone (draft-jivsov-ecc-compact), present only if this point has the smaller y of its pair. */
    public Optional<byte[]> compactRepresentation() {
        return point.compactRepresentation();
    }

    /** RFC 5480 SubjectPublicKeyInfo. */
    public byte[] derRepresentation() {
        return point.spki();
    }

    /** {@code -----BEGIN PUBLIC KEY-----}. */
    public String pemRepresentation() {
        return Pem.encode(PEM_LABEL, derRepresentation());
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((EcPublicKeyBase) o).point.equals(point);
    }

    @Override
    public int hashCode() {
        return point.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getName().substring(getClass().getPackageName().length() + 1) + "[" + point.curve() + "]";
    }
}
