package dev.citadel.cryptokit;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import dev.citadel.cryptokit.internal.xwing.XWingKem;
import java.util.Arrays;

/**
 * X-Wing (draft-connolly-cfrg-xwing-kem; CryptoKit {@code XWingMLKEM768X25519}): a hybrid KEM of
 * ML-KEM-768 and X25519, secure if either is. Private key: a 32-byte seed; public key 1216 bytes;
 * ciphertext 1120 bytes; shared key 32 bytes. HPKE KEM id 0x647a (draft-ietf-hpke-pq).
 *
 * <h2>Security guarantees</h2>
 * IND-CCA2 if ML-KEM-768 is IND-CCA2 or X25519 gap-CDH holds (the draft's combiner binds {@code ct_X}
 * and {@code pk_X}). Public keys pass the FIPS 203 §7.2 check on import.
 *
 * <h2>Does not</h2>
 * Authenticate the sender. Deviation: an all-zero X25519 component is refused ({@code SMALL_ORDER}),
 * which the draft does not require; honest keys and ciphertexts never trigger it.
 */
public final class XWing {

    private XWing() {}

    public static final class PrivateKey implements AutoCloseable {
        private final byte[] seed;
        private final XWingKem.Expanded expanded;
        private volatile boolean closed;

        private PrivateKey(byte[] seed) {
            this.seed = seed;
            this.expanded = CoreFailures.call(() -> XWingKem.expand(seed));
        }

        public static PrivateKey generate() {
            return generate(RandomSource.system());
        }

        public static PrivateKey generate(RandomSource random) {
            return new PrivateKey(random.bytes(XWingKem.SEED_LENGTH));
        }

        /** From the 32-byte seed (copied). */
        public static PrivateKey fromSeedRepresentation(byte[] seed, SecretAccess access) {
            SecretAccess.require(access);
            EcPublicKeyBase.requireLength(seed, XWingKem.SEED_LENGTH, "X-Wing seed");
            return new PrivateKey(seed.clone());
        }

        public PublicKey publicKey() {
            requireOpen();
            return new PublicKey(expanded.publicKey());
        }

        /** The 32-byte shared key; {@code INVALID_CIPHERTEXT} for a wrong length. */
        public SymmetricKey decapsulate(byte[] encapsulated) {
            requireOpen();
            if (encapsulated.length != XWingKem.CIPHERTEXT_LENGTH) {
                throw CryptoKitException.of(Reason.INVALID_CIPHERTEXT, "X-Wing ciphertext must be " + XWingKem.CIPHERTEXT_LENGTH + " bytes");
            }
            byte[] ss = new byte[XWingKem.SHARED_SECRET_LENGTH];
            try {
                CoreFailures.run(() -> XWingKem.decapsulate(expanded, encapsulated, ss));
                return KeyMaterial.adopt(SecretKeyMaterial.copyOf(ss, dev.citadel.corecrypto.SecretAccess.insecure()));
            } finally {
                Arrays.fill(ss, (byte) 0);
            }
        }

        public byte[] seedRepresentation(SecretAccess access) {
            SecretAccess.require(access);
            requireOpen();
            return seed.clone();
        }

        private void requireOpen() {
            if (closed) {
                throw CryptoKitException.of(Reason.KEY_DESTROYED, "key was closed");
            }
        }

        @Override
        public void close() {
            closed = true;
            Arrays.fill(seed, (byte) 0);
            expanded.close();
        }

        @Override
        public String toString() {
            return "XWing.PrivateKey[redacted]";
        }
    }

    public static final class PublicKey {
        private final byte[] raw;

        private PublicKey(byte[] raw) {
            this.raw = raw;
        }

        /** 1216 bytes: ML-KEM-768 encapsulation key (checked) then X25519 public key. */
        public static PublicKey fromRawRepresentation(byte[] raw) {
            EcPublicKeyBase.requireLength(raw, XWingKem.PUBLIC_KEY_LENGTH, "X-Wing public key");
            CoreFailures.run(() -> XWingKem.checkPublicKey(raw));
            return new PublicKey(raw.clone());
        }

        public byte[] rawRepresentation() {
            return raw.clone();
        }

        public EncapsulationResult encapsulate() {
            return encapsulate(RandomSource.system());
        }

        /** Encapsulates with 64 bytes of randomness from {@code random}. */
        public EncapsulationResult encapsulate(RandomSource random) {
            byte[] eseed = random.bytes(XWingKem.ESEED_LENGTH);
            byte[] ss = new byte[XWingKem.SHARED_SECRET_LENGTH];
            try {
                byte[] ct = CoreFailures.call(() -> XWingKem.encapsulate(raw, eseed, ss));
                return new EncapsulationResult(KeyMaterial.adopt(SecretKeyMaterial.copyOf(ss, dev.citadel.corecrypto.SecretAccess.insecure())), ct);
            } finally {
                Arrays.fill(eseed, (byte) 0);
                Arrays.fill(ss, (byte) 0);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PublicKey p && Arrays.equals(p.raw, raw);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(raw);
        }

        @Override
        public String toString() {
            return "XWing.PublicKey";
        }
    }
}
