package dev.citadel.corecrypto.ec;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.ec.EcEngine;
import dev.citadel.corecrypto.internal.jca.JcaSignatureHashes;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SignatureHash;

/**
 * An ECDSA verification key (FIPS 186-5 §6.4.2) on P-256, P-384 or P-521.
 *
 * <h2>Security guarantees</h2>
 * The point is validated at construction ({@link EcPublicPoint}). {@link #verify} returns normally only
 * for a valid signature; DER signatures are parsed strictly (minimal, no trailing bytes); r and s must
 * lie in [1, n).
 *
 * <h2>Does not</h2>
 * Reject malleable (high-s) signatures: FIPS 186-5 accepts both s and n − s.
 */
public final class EcdsaPublicKey {

    private final EcPublicPoint point;

    private EcdsaPublicKey(EcPublicPoint point) {
        this.point = point;
    }

    public static EcdsaPublicKey of(EcPublicPoint point) {
        SelfTest.requireOperational();
        return new EcdsaPublicKey(point);
    }

    public static EcdsaPublicKey fromSpki(byte[] der) {
        SelfTest.requireOperational();
        return new EcdsaPublicKey(EcPublicPoint.fromSpki(der));
    }

    public EcPublicPoint point() {
        return point;
    }

    public EcCurve curve() {
        return point.curve();
    }

    /** Returns if {@code signature} is a valid signature of {@code message}; throws INVALID_SIGNATURE otherwise. */
    public void verify(byte[] message, byte[] signature, SignatureHash hash, EcdsaSignatureEncoding encoding) {
        SelfTest.requireOperational();
        byte[] p1363 = EcdsaSignatures.toP1363(point.curve(), signature, encoding);
        byte[] digest = JcaSignatureHashes.digest(hash, message);
        if (!EcEngine.current().verifyDigest(point.curve(), point.enginePoint(), digest, p1363)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EcdsaPublicKey other && point.equals(other.point);
    }

    @Override
    public int hashCode() {
        return point.hashCode();
    }

    @Override
    public String toString() {
        return "EcdsaPublicKey[" + point + "]";
    }
}
