package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.internal.der.Oids;

/** FIPS 204 ML-DSA parameter sets (Table 1, Table 2). */
public enum MlDsaParameterSet {
    ML_DSA_44(4, 4, 2, 1312, 2420, Oids.ML_DSA_44),
    ML_DSA_65(6, 5, 4, 1952, 3309, Oids.ML_DSA_65),
    ML_DSA_87(8, 7, 2, 2592, 4627, Oids.ML_DSA_87);

    /** Seed-form private key length: ξ (FIPS 204 Algorithm 6 input). */
    public static final int SEED_LENGTH = 32;
    /** External μ length (FIPS 204 Algorithm 7 line 6). */
    public static final int MU_LENGTH = 64;
    /** Longest context string (FIPS 204 §5.2: |ctx| ≤ 255). */
    public static final int MAX_CONTEXT_LENGTH = 255;

    final int k;
    final int l;
    final int eta;
    private final int publicKeyLength;
    private final int signatureLength;
    final byte[] oid;

    MlDsaParameterSet(int k, int l, int eta, int publicKeyLength, int signatureLength, byte[] oid) {
        this.k = k;
        this.l = l;
        this.eta = eta;
        this.publicKeyLength = publicKeyLength;
        this.signatureLength = signatureLength;
        this.oid = oid;
    }

    public int publicKeyLength() {
        return publicKeyLength;
    }

    public int signatureLength() {
        return signatureLength;
    }

    /** Bytes per packed η-polynomial: 96 for η = 2, 128 for η = 4. */
    int etaPolyLength() {
        return eta == 2 ? 96 : 128;
    }

    /** Expanded private key length: 128 + (l + k)·etaPoly + 416k. */
    public int expandedPrivateKeyLength() {
        return 128 + (l + k) * etaPolyLength() + 416 * k;
    }
}
