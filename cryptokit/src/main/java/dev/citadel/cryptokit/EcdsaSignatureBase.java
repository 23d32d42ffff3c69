package dev.citadel.cryptokit;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.cryptokit.internal.der.EcdsaSignatureDer;
import java.util.HexFormat;

/** An ECDSA signature {@code (r, s)} on one curve: raw ({@code r || s}, IEEE P1363) or DER. Immutable. */
abstract class EcdsaSignatureBase {

    final EcCurve curve;
    final byte[] raw;

    EcdsaSignatureBase(EcCurve curve, byte[] raw) {
        this.curve = curve;
        this.raw = raw;
    }

    static byte[] checkRaw(EcCurve curve, byte[] raw) {
        EcPublicKeyBase.requireLength(raw, 2 * curve.coordinateLength(), curve + " raw ECDSA signature");
        return raw.clone();
    }

    static byte[] rawFromDer(EcCurve curve, byte[] der) {
        return EcdsaSignatureDer.toRaw(der, curve.coordinateLength());
    }

    /** {@code r || s}, each the curve's coordinate length (JOSE, WebCrypto). */
    public byte[] rawRepresentation() {
        return raw.clone();
    }

    /** X.509 {@code Ecdsa-Sig-Value} DER. */
    public byte[] derRepresentation() {
        return EcdsaSignatureDer.fromRaw(raw);
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && java.util.Arrays.equals(((EcdsaSignatureBase) o).raw, raw);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "ECDSASignature[" + curve + ", " + HexFormat.of().formatHex(raw) + "]";
    }
}
