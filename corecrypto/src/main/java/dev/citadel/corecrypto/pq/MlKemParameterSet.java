package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.internal.der.Oids;

/** FIPS 203 ML-KEM parameter sets (Table 2, Table 3). */
public enum MlKemParameterSet {
    ML_KEM_512(2, 768, Oids.ML_KEM_512),
    ML_KEM_768(3, 1088, Oids.ML_KEM_768),
    ML_KEM_1024(4, 1568, Oids.ML_KEM_1024);

    /** Seed-form private key length: d || z (FIPS 203 §7.1, ML-KEM.KeyGen_internal inputs). */
    public static final int SEED_LENGTH = 64;
    /** Shared-secret length. */
    public static final int SHARED_SECRET_LENGTH = 32;

    private final int k;
    private final int ciphertextLength;
    final byte[] oid;

    MlKemParameterSet(int k, int ciphertextLength, byte[] oid) {
        this.k = k;
        this.ciphertextLength = ciphertextLength;
        this.oid = oid;
    }

    int k() {
        return k;
    }

    /** Encapsulation key length: 384k + 32. */
    public int encapsulationKeyLength() {
        return 384 * k + 32;
    }

    /** Expanded decapsulation key length: 768k + 96. */
    public int decapsulationKeyLength() {
        return 768 * k + 96;
    }

    public int ciphertextLength() {
        return ciphertextLength;
    }
}
