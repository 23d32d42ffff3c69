package dev.citadel.cryptokit;

import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlDsaPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;

/**
 * ML-DSA-65 (FIPS 204; CryptoKit {@code MLDSA65}): post-quantum signatures, pure mode, with an optional
 * context string of at most 255 bytes.
 *
 * <h2>Security guarantees</h2>
 * SUF-CMA (NIST category 3). Hedged signing (fresh randomness per signature). The private key is
 * stored as its 32-byte seed ξ. {@code verify} returns a {@link VerifiedSignature} or throws.
 *
 * <h2>Does not</h2>
 * Offer HashML-DSA (pre-hash).
 */
public final class MLDSA65 {

    static final MlDsaParameterSet PARAMETERS = MlDsaParameterSet.ML_DSA_65;
    private static final byte[] NO_CONTEXT = new byte[0];

    private MLDSA65() {}

    /** An ML-DSA-65 signing key. */
    public static final class PrivateKey implements AutoCloseable {
        private final MlDsaPrivateKey key;

        private PrivateKey(MlDsaPrivateKey key) {
            this.key = key;
        }

        public static PrivateKey generate() {
            return generate(RandomSource.system());
        }

        public static PrivateKey generate(RandomSource random) {
            return new PrivateKey(CoreFailures.call(() -> MlDsaPrivateKey.generate(PARAMETERS, CoreViews.random(random))));
        }

        /** From the 32-byte seed ξ (FIPS 204 ML-DSA.KeyGen_internal). */
        public static PrivateKey fromSeedRepresentation(byte[] seed, SecretAccess access) {
            SecretAccess.require(access);
            EcPublicKeyBase.requireLength(seed, MlDsaParameterSet.SEED_LENGTH, "ML-DSA seed");
            return new PrivateKey(CoreFailures.call(() -> MlDsaPrivateKey.fromSeed(PARAMETERS, seed)));
        }

        public PublicKey publicKey() {
            return new PublicKey(key.publicKey());
        }

        public byte[] signature(byte[] data) {
            return signature(data, NO_CONTEXT);
        }

        /** Signs with {@code context} (≤ 255 bytes, FIPS 204 §5.2). */
        public byte[] signature(byte[] data, byte[] context) {
            return CoreFailures.call(() -> key.sign(data, context));
        }

        public byte[] seedRepresentation(SecretAccess access) {
            SecretAccess.require(access);
            return CoreFailures.call(() -> key.revealSeed(dev.citadel.corecrypto.SecretAccess.insecure()))
                    .orElseThrow(() -> CryptoKitException.of(CryptoKitException.Reason.NOT_EXTRACTABLE, "key has no seed form"));
        }

        @Override
        public void close() {
            key.close();
        }

        @Override
        public String toString() {
            return "MLDSA65.PrivateKey[redacted]";
        }
    }

    /** An ML-DSA-65 verification key. */
    public static final class PublicKey {
        private final MlDsaPublicKey key;

        private PublicKey(MlDsaPublicKey key) {
            this.key = key;
        }

        public static PublicKey fromRawRepresentation(byte[] raw) {
            EcPublicKeyBase.requireLength(raw, PARAMETERS.publicKeyLength(), "MLDSA65 public key");
            return new PublicKey(CoreFailures.call(() -> MlDsaPublicKey.fromBytes(PARAMETERS, raw)));
        }

        public byte[] rawRepresentation() {
            return key.bytes();
        }

        public VerifiedSignature verify(byte[] signature, byte[] data) {
            return verify(signature, data, NO_CONTEXT);
        }

        /** Returns if {@code signature} signs {@code data} under {@code context}; throws {@code INVALID_SIGNATURE}. */
        public VerifiedSignature verify(byte[] signature, byte[] data, byte[] context) {
            CoreFailures.run(() -> key.verify(data, context, signature));
            return new VerifiedSignature("ML-DSA-65");
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
            return "MLDSA65.PublicKey";
        }
    }
}
