package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.internal.der.DerReader;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;

/** Conversions between DER {@code Ecdsa-Sig-Value} and P1363 {@code r || s}, with range checks. */
final class EcdsaSignatures {

    private EcdsaSignatures() {}

    /** Any encoding to P1363, rejecting malformed encodings and r, s outside [1, n) as INVALID_SIGNATURE. */
    static byte[] toP1363(EcCurve curve, byte[] signature, EcdsaSignatureEncoding encoding) {
        int l = curve.coordinateLength();
        BigInteger r;
        BigInteger s;
        switch (encoding) {
            case P1363 -> {
                if (signature.length != 2 * l) {
                    throw invalid("P1363 signature must be " + 2 * l + " bytes");
                }
                r = new BigInteger(1, Arrays.copyOfRange(signature, 0, l));
                s = new BigInteger(1, Arrays.copyOfRange(signature, l, 2 * l));
            }
            case DER -> {
                try {
                    DerReader outer = new DerReader(signature);
                    DerReader seq = outer.readSequence();
                    outer.requireEnd();
                    r = seq.readInteger();
                    s = seq.readInteger();
                    seq.requireEnd();
                } catch (CryptoException e) {
                    throw invalid("malformed DER signature (" + e.getMessage() + ")");
                }
            }
            default -> throw new IllegalArgumentException("unknown encoding");
        }
        BigInteger n = curve.order();
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            throw invalid("r or s outside [1, n)");
        }
        return DerWriter.concat(JcaBytes.fixed(r, l), JcaBytes.fixed(s, l));
    }

    static byte[] fromP1363(EcCurve curve, byte[] p1363, EcdsaSignatureEncoding encoding) {
        return switch (encoding) {
            case P1363 -> p1363;
            case DER -> {
                int l = curve.coordinateLength();
                yield DerWriter.sequence(DerWriter.integer(new BigInteger(1, Arrays.copyOfRange(p1363, 0, l))),
                        DerWriter.integer(new BigInteger(1, Arrays.copyOfRange(p1363, l, 2 * l))));
            }
        };
    }

    /** {@code why} documents the check at the call site; the exception is uniform so it is no oracle. */
    private static AuthenticationFailedException invalid(String why) {
        return new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
    }
}
