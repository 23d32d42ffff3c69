package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.pq.MlKemEncapsulation;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.pq.MlKemPublicKey;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;
import java.util.Arrays;

/**
 * ML-KEM as an HPKE KEM (draft-ietf-hpke-pq): the private key is the 64-byte seed {@code d || z}
 * (Nsk = 64), {@code enc} is the ML-KEM ciphertext and the shared secret is ML-KEM's 32-byte key.
 * No AuthEncap: base and psk modes only.
 */
enum MlKemKem implements Kem {
    ML_KEM_512(0x0040, MlKemParameterSet.ML_KEM_512),
    ML_KEM_768(0x0041, MlKemParameterSet.ML_KEM_768),
    ML_KEM_1024(0x0042, MlKemParameterSet.ML_KEM_1024);

    /** ML-KEM.Encaps randomness m (FIPS 203 Algorithm 17). */
    private static final int M_LENGTH = 32;

    private final KemId id;
    private final MlKemParameterSet parameters;

    MlKemKem(int id, MlKemParameterSet parameters) {
        this.id = KemId.of(id);
        this.parameters = parameters;
    }

    @Override
    public KemId id() {
        return id;
    }

    @Override
    public int sharedSecretLength() {
        return MlKemParameterSet.SHARED_SECRET_LENGTH;
    }

    @Override
    public int encLength() {
        return parameters.ciphertextLength();
    }

    @Override
    public int publicKeyLength() {
        return parameters.encapsulationKeyLength();
    }

    @Override
    public int privateKeyLength() {
        return MlKemParameterSet.SEED_LENGTH;
    }

    @Override
    public boolean supportsAuth() {
        return false;
    }

    @Override
    public void checkPublicKey(byte[] pk) {
        MlKemPublicKey.fromBytes(parameters, pk);
    }

    @Override
    public byte[] publicKeyOf(byte[] sk) {
        try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(parameters, sk)) {
            return k.publicKey().bytes();
        }
    }

    @Override
    public byte[] generatePrivateKey(RandomSource random) {
        return random.bytes(MlKemParameterSet.SEED_LENGTH);
    }

    @Override
    public byte[] deriveKeyPair(byte[] ikm) {
        throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "DeriveKeyPair is offered for the DHKEMs only");
    }

    @Override
    public byte[] randomEphemeral(RandomSource random) {
        return random.bytes(M_LENGTH);
    }

    @Override
    public Encapsulation encap(byte[] pkR, byte[] m, byte[] skS) {
        byte[] mCopy = m.clone();
        try (MlKemEncapsulation e = MlKemPublicKey.fromBytes(parameters, pkR).encapsulate(out -> {
            if (out.length != mCopy.length) {
                throw new IllegalStateException("ML-KEM drew " + out.length + " bytes");
            }
            System.arraycopy(mCopy, 0, out, 0, out.length);
        })) {
            byte[] ss = e.sharedSecret().reveal(dev.citadel.corecrypto.SecretAccess.insecure());
            try {
                return new Encapsulation(e.ciphertext(), SecretKeyMaterial.copyOf(ss, SecretAccess.insecure()));
            } finally {
                Arrays.fill(ss, (byte) 0);
            }
        } finally {
            Arrays.fill(mCopy, (byte) 0);
        }
    }

    @Override
    public SecretKeyMaterial decap(byte[] enc, byte[] skR, byte[] pkS) {
        try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(parameters, skR);
                var s = k.decapsulate(enc)) {
            byte[] ss = s.reveal(dev.citadel.corecrypto.SecretAccess.insecure());
            try {
                return SecretKeyMaterial.copyOf(ss, SecretAccess.insecure());
            } finally {
                Arrays.fill(ss, (byte) 0);
            }
        }
    }
}
