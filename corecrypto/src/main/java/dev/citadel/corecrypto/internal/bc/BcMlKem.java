package dev.citadel.corecrypto.internal.bc;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.DerWriter;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;

/** ML-KEM.KeyGen_internal(d, z) from a 64-byte seed (FIPS 203 Algorithm 16): the JDK cannot import seeds. */
public final class BcMlKem {

    private BcMlKem() {}

    /** {@code {ek, dk}} for parameter set {@code k} (2, 3, 4) and seed d || z. */
    public static byte[][] expand(int k, byte[] seed) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        MLKEMParameters params = switch (k) {
            case 2 -> MLKEMParameters.ml_kem_512;
            case 3 -> MLKEMParameters.ml_kem_768;
            case 4 -> MLKEMParameters.ml_kem_1024;
            default -> throw new IllegalArgumentException("k=" + k);
        };
        MLKEMPrivateKeyParameters sk = new MLKEMPrivateKeyParameters(params, seed.clone()); // destroy() wipes it
        try {
            byte[] ek = sk.getPublicKey();
            byte[] dk = DerWriter.concat(sk.getS(), ek, sk.getHPK(), sk.getNonce());
            return new byte[][] {ek, dk};
        } finally {
            sk.destroy();
        }
    }
}
