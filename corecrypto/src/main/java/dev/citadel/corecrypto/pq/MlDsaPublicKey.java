package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.bc.BcMlDsa;
import dev.citadel.corecrypto.internal.der.Oids;
import dev.citadel.corecrypto.internal.jca.JcaMlDsaEngine;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.util.Arrays;

/**
 * An ML-DSA verification key (FIPS 204), pure mode (no pre-hash variant).
 *
 * <h2>Security guarantees</h2>
 * {@link #verify} returns only for a valid signature under the given context string (|ctx| ≤ 255,
 * FIPS 204 §5.2). Empty-context verification runs on the JDK engine, others on BouncyCastle's.
 */
public final class MlDsaPublicKey {

    private static final byte[] EMPTY = new byte[0];

    private final MlDsaParameterSet parameterSet;
    private final byte[] pk;

    private MlDsaPublicKey(MlDsaParameterSet parameterSet, byte[] pk) {
        this.parameterSet = parameterSet;
        this.pk = pk;
    }

    public static MlDsaPublicKey fromBytes(MlDsaParameterSet parameterSet, byte[] pk) {
        SelfTest.requireOperational();
        if (pk.length != parameterSet.publicKeyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, parameterSet + " public key must be " + parameterSet.publicKeyLength() + " bytes");
        }
        return new MlDsaPublicKey(parameterSet, pk.clone());
    }

    public MlDsaParameterSet parameterSet() {
        return parameterSet;
    }

    public byte[] bytes() {
        return pk.clone();
    }

    public byte[] spki() {
        return Oids.spki(parameterSet.oid, pk);
    }

    byte[] bytesForEngine() {
        return pk;
    }

    public void verify(byte[] message, byte[] signature) {
        verify(message, EMPTY, signature);
    }

    /** ML-DSA.Verify (FIPS 204 Algorithm 3); throws INVALID_SIGNATURE, or UNSUPPORTED_PARAMETERS for |ctx| > 255. */
    public void verify(byte[] message, byte[] context, byte[] signature) {
        SelfTest.requireOperational();
        MlDsaPrivateKey.requireContext(context);
        requireLength(signature);
        boolean ok = context.length == 0
                ? JcaMlDsaEngine.verify(parameterSet.oid, pk, message, signature)
                : BcMlDsa.verify(parameterSet.k, pk, message, context, signature);
        if (!ok) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    /** Verification against a caller-computed μ (FIPS 204 Algorithm 8 from line 7). */
    public void verifyExternalMu(byte[] mu, byte[] signature) {
        SelfTest.requireOperational();
        MlDsaPrivateKey.requireMu(mu);
        requireLength(signature);
        if (!BcMlDsa.verifyMu(parameterSet.k, pk, mu, signature)) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    private void requireLength(byte[] signature) {
        if (signature.length != parameterSet.signatureLength()) {
            throw new AuthenticationFailedException(Reason.INVALID_SIGNATURE);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MlDsaPublicKey other && parameterSet == other.parameterSet && Arrays.equals(pk, other.pk);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pk);
    }

    @Override
    public String toString() {
        return "MlDsaPublicKey[" + parameterSet + "]";
    }
}
