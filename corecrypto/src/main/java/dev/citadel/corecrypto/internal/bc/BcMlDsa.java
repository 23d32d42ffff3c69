package dev.citadel.corecrypto.internal.bc;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.der.DerWriter;
import dev.citadel.corecrypto.internal.jca.JcaRandomAdapter;
import java.util.Arrays;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.signers.mldsa.MLDSAEngine;

/**
 * The ML-DSA operations the JDK 25 API cannot express: key generation from the seed ξ (FIPS 204
 * Algorithm 6), context strings (Algorithms 2/3), external μ (Algorithm 7 line 6 computed outside).
 * BouncyCastle lightweight API, never as a JCA provider.
 */
public final class BcMlDsa {

    private BcMlDsa() {}

    /** Parameter set by k (4, 6, 8). */
    private static MLDSAParameters params(int k) {
        return switch (k) {
            case 4 -> MLDSAParameters.ml_dsa_44;
            case 6 -> MLDSAParameters.ml_dsa_65;
            case 8 -> MLDSAParameters.ml_dsa_87;
            default -> throw new IllegalArgumentException("k=" + k);
        };
    }

    /** {@code {pk, skExpanded}} from ξ. */
    public static byte[][] expand(int k, byte[] seed) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLDSAPrivateKeyParameters sk = new MLDSAPrivateKeyParameters(params(k), seed.clone()); // destroy() wipes it
        try {
            byte[] expanded = DerWriter.concat(sk.getRho(), sk.getK(), sk.getTr(), sk.getS1(), sk.getS2(), sk.getT0());
            return new byte[][] {sk.getPublicKey(), expanded};
        } finally {
            sk.destroy();
        }
    }

    /**
     * The public key (ρ || t1) of an expanded private key, t1 recomputed from s1 and s2; null if the
     * stored tr is not H(ρ || t1) (an inconsistent key).
     */
    public static byte[] publicKeyOf(int k, int l, int etaPoly, byte[] sk) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        byte[][] p = split(k, l, etaPoly, sk);
        MLDSAEngine engine = MLDSAEngine.getInstance(params(k), null);
        byte[] t1 = engine.deriveT1(p[0], p[1], p[2], p[3], p[4], p[5]);
        if (!Arrays.equals(engine.deriveTr(p[0], t1), p[2])) {
            return null;
        }
        return DerWriter.concat(p[0], t1);
    }

    /** Signs {@code message} with context {@code ctx}; {@code random} null means deterministic (rnd = 0³²). */
    public static byte[] sign(int k, int l, int etaPoly, byte[] sk, byte[] message, byte[] ctx, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLDSASigner signer = new MLDSASigner();
        signer.init(true, new ParametersWithContext(signingKey(k, l, etaPoly, sk, random), ctx));
        signer.update(message, 0, message.length);
        try {
            return signer.generateSignature();
        } catch (CryptoException e) {
            throw new IllegalStateException("ML-DSA signing failed on a validated key", e);
        }
    }

    /** Signs a caller-computed μ (FIPS 204 external-μ mode). */
    public static byte[] signMu(int k, int l, int etaPoly, byte[] sk, byte[] mu, RandomSource random) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLDSASigner signer = new MLDSASigner();
        signer.init(true, signingKey(k, l, etaPoly, sk, random));
        try {
            return signer.generateMuSignature(mu);
        } catch (CryptoException e) {
            throw new IllegalStateException("ML-DSA signing failed on a validated key", e);
        }
    }

    public static boolean verify(int k, byte[] pk, byte[] message, byte[] ctx, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLDSASigner signer = new MLDSASigner();
        signer.init(false, new ParametersWithContext(new MLDSAPublicKeyParameters(params(k), pk), ctx));
        signer.update(message, 0, message.length);
        return signer.verifySignature(signature);
    }

    public static boolean verifyMu(int k, byte[] pk, byte[] mu, byte[] signature) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLDSASigner signer = new MLDSASigner();
        signer.init(false, new MLDSAPublicKeyParameters(params(k), pk));
        return signer.verifyMuSignature(mu, signature);
    }

    private static CipherParameters signingKey(int k, int l, int etaPoly, byte[] sk, RandomSource random) {
        byte[][] p = split(k, l, etaPoly, sk);
        MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(params(k), p[0], p[1], p[2], p[3], p[4], p[5], null);
        return random == null ? key : new ParametersWithRandom(key, JcaRandomAdapter.of(random));
    }

    /** ρ, K, tr, s1, s2, t0 (FIPS 204 Algorithm 25 skDecode). */
    private static byte[][] split(int k, int l, int etaPoly, byte[] sk) {
        int[] lengths = {32, 32, 64, l * etaPoly, k * etaPoly, k * 416};
        byte[][] out = new byte[6][];
        int off = 0;
        for (int i = 0; i < 6; i++) {
            out[i] = Arrays.copyOfRange(sk, off, off + lengths[i]);
            off += lengths[i];
        }
        return out;
    }
}
