package dev.citadel.cryptokit;

import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.pq.MlKemPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;

/**
 * ML-KEM-1024 (FIPS 203; CryptoKit {@code MLKEM1024}): a post-quantum key-encapsulation mechanism.
 *
 * <pre>{@code
 * try (MLKEM1024.PrivateKey sk = MLKEM1024.PrivateKey.generate();
 *      EncapsulationResult r = sk.publicKey().encapsulate();
 *      SymmetricKey k = sk.decapsulate(r.encapsulated())) { … }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * IND-CCA2 (NIST category 5). Public-key import runs the FIPS 203 §7.2 modulus check; decapsulation
 * uses implicit rejection (a tampered ciphertext yields an unrelated key, never an error that could
 * serve as an oracle). The private key is stored as its 64-byte seed {@code d || z}.
 *
 * <h2>Does not</h2>
 * Authenticate the sender; combine with a classical KEM (see {@link XWing}).
 */
public final class MLKEM1024 {

    static final MlKemParameterSet PARAMETERS = MlKemParameterSet.ML_KEM_1024;

    private MLKEM1024() {}

    /** An ML-KEM-1024 decapsulation key. */
    public static final class PrivateKey implements AutoCloseable {
        private final MlKemPrivateKey key;

        private PrivateKey(MlKemPrivateKey key) {
            this.key = key;
        }

        public static PrivateKey generate() {
            return generate(RandomSource.system());
        }

        public static PrivateKey generate(RandomSource random) {
            return new PrivateKey(CoreFailures.call(() -> MlKemPrivateKey.generate(PARAMETERS, CoreViews.random(random))));
        }

        /** From the 64-byte seed {@code d || z} (FIPS 203 ML-KEM.KeyGen_internal). */
        public static PrivateKey fromSeedRepresentation(byte[] seed, SecretAccess access) {
            SecretAccess.require(access);
            EcPublicKeyBase.requireLength(seed, MlKemParameterSet.SEED_LENGTH, "ML-KEM seed");
            return new PrivateKey(CoreFailures.call(() -> MlKemPrivateKey.fromSeed(PARAMETERS, seed)));
        }

        public PublicKey publicKey() {
            return new PublicKey(key.publicKey());
        }

        /** The 32-byte shared key; {@code INVALID_CIPHERTEXT} only for a wrong length. */
        public SymmetricKey decapsulate(byte[] encapsulated) {
            return SharedSecret.keyFromCore(CoreFailures.call(() -> key.decapsulate(encapsulated)));
        }

        /** The 64-byte seed {@code d || z}. */
        public byte[] seedRepresentation(SecretAccess access) {
            SecretAccess.require(access);
            return CoreFailures.call(() -> key.revealSeed(dev.citadel.corecrypto.SecretAccess.insecure()))
                    .orElseThrow(() -> CryptoKitException.of(CryptoKitException.Reason.NOT_EXTRACTABLE, "key has no seed form"));
        }

        MlKemPrivateKey core() {
            return key;
        }

        @Override
        public void close() {
            key.close();
        }

        @Override
        public String toString() {
            return "MLKEM1024.PrivateKey[redacted]";
        }
    }

    /** An ML-KEM-1024 encapsulation key. */
    public static final class PublicKey {
        private final MlKemPublicKey key;

        private PublicKey(MlKemPublicKey key) {
            this.key = key;
        }

        /** The 1568-byte encapsulation key, with the FIPS 203 §7.2 checks. */
        public static PublicKey fromRawRepresentation(byte[] raw) {
            EcPublicKeyBase.requireLength(raw, PARAMETERS.encapsulationKeyLength(), "MLKEM1024 public key");
            return new PublicKey(CoreFailures.call(() -> MlKemPublicKey.fromBytes(PARAMETERS, raw)));
        }

        public byte[] rawRepresentation() {
            return key.bytes();
        }

        public EncapsulationResult encapsulate() {
            return encapsulate(RandomSource.system());
        }

        /** Encapsulates with the 32-byte message m drawn from {@code random}. */
        public EncapsulationResult encapsulate(RandomSource random) {
            return CoreFailures.call(() -> {
                try (var e = key.encapsulate(CoreViews.random(random))) {
                    return new EncapsulationResult(SharedSecret.keyFromCore(e.sharedSecret()), e.ciphertext());
                }
            });
        }

        MlKemPublicKey core() {
            return key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PublicKey p && java.util.Arrays.equals(p.key.bytes(), key.bytes());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(key.bytes());
        }

        @Override
        public String toString() {
            return "MLKEM1024.PublicKey";
        }
    }
}
