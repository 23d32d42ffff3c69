package dev.citadel.cryptokit.internal.xwing;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pq.MlKemEncapsulation;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.pq.MlKemPublicKey;
import java.util.Arrays;

/**
 * X-Wing (draft-connolly-cfrg-xwing-kem): ML-KEM-768 and X25519 joined by the SHA3-256 combiner
 * {@code ss = SHA3-256(ss_M || ss_X || ct_X || pk_X || XWingLabel)}. Byte-level; callers translate
 * exceptions. Every buffer holding a secret is cleared before returning.
 *
 * <p>Deviation (stricter than the draft): an all-zero X25519 output (a small-order {@code ct_X} or
 * {@code pk_X}) is refused with corecrypto's {@code SMALL_ORDER}. The draft needs no such check, but no
 * honestly generated key or ciphertext is small order, and both inputs are public.
 */
public final class XWingKem {

    /** Private key: a 32-byte seed expanded with SHAKE256 to 96 bytes. */
    public static final int SEED_LENGTH = 32;
    public static final int PUBLIC_KEY_LENGTH = 1216;
    public static final int CIPHERTEXT_LENGTH = 1120;
    /** Encapsulation randomness: 32 bytes of ML-KEM m, then the 32-byte X25519 ephemeral key. */
    public static final int ESEED_LENGTH = 64;
    public static final int SHARED_SECRET_LENGTH = 32;

    /** XWingLabel: the ASCII art {@code \./ /^\} (0x5c2e2f2f5e5c). */
    private static final byte[] LABEL = {0x5c, 0x2e, 0x2f, 0x2f, 0x5e, 0x5c};
    private static final MlKemParameterSet MLKEM = MlKemParameterSet.ML_KEM_768;
    private static final int PK_M = 1184;
    private static final int CT_M = 1088;

    private XWingKem() {}

    /** The expanded key: (ML-KEM-768 key from SHAKE256(seed)[0:64], X25519 key from [64:96]). */
    public record Expanded(MlKemPrivateKey mlkem, XdhPrivateKey x25519) implements AutoCloseable {
        @Override
        public void close() {
            mlkem.close();
            x25519.close();
        }

        public byte[] publicKey() {
            return concat(mlkem.publicKey().bytes(), x25519.publicKey().raw());
        }
    }

    public static Expanded expand(byte[] seed) {
        byte[] expanded = Shake.SHAKE_256.digest(96, seed);
        try {
            return new Expanded(MlKemPrivateKey.fromSeed(MLKEM, Arrays.copyOf(expanded, 64)),
                    XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, Arrays.copyOfRange(expanded, 64, 96)));
        } finally {
            Arrays.fill(expanded, (byte) 0);
        }
    }

    /** Splits and checks a public key: the ML-KEM part passes FIPS 203 §7.2. */
    public static void checkPublicKey(byte[] pk) {
        MlKemPublicKey.fromBytes(MLKEM, Arrays.copyOf(pk, PK_M));
        XdhPublicKey.fromRaw(XdhAlgorithm.X25519, Arrays.copyOfRange(pk, PK_M, pk.length));
    }

    /** Encapsulation with 64 bytes of randomness {@code eseed}; returns {@code ct} and fills {@code ssOut}. */
    public static byte[] encapsulate(byte[] pk, byte[] eseed, byte[] ssOut) {
        byte[] pkX = Arrays.copyOfRange(pk, PK_M, pk.length);
        byte[] m = Arrays.copyOf(eseed, 32);
        byte[] ekX = Arrays.copyOfRange(eseed, 32, 64);
        try (XdhPrivateKey ephemeral = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, ekX);
                SharedSecret ssX = ephemeral.agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, pkX));
                MlKemEncapsulation em = MlKemPublicKey.fromBytes(MLKEM, Arrays.copyOf(pk, PK_M)).encapsulate(fixed(m))) {
            byte[] ctX = ephemeral.publicKey().raw();
            combine(em.sharedSecret(), ssX, ctX, pkX, ssOut);
            return concat(em.ciphertext(), ctX);
        } finally {
            Arrays.fill(m, (byte) 0);
            Arrays.fill(ekX, (byte) 0);
        }
    }

    /** Decapsulation; fills {@code ssOut}. The caller has checked {@code ct}'s length. */
    public static void decapsulate(Expanded sk, byte[] ct, byte[] ssOut) {
        byte[] ctX = Arrays.copyOfRange(ct, CT_M, ct.length);
        try (SharedSecret ssM = sk.mlkem().decapsulate(Arrays.copyOf(ct, CT_M));
                SharedSecret ssX = sk.x25519().agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, ctX))) {
            combine(ssM, ssX, ctX, sk.x25519().publicKey().raw(), ssOut);
        }
    }

    private static void combine(SharedSecret ssM, SharedSecret ssX, byte[] ctX, byte[] pkX, byte[] out) {
        byte[] m = ssM.reveal(SecretAccess.insecure());
        byte[] x = ssX.reveal(SecretAccess.insecure());
        try {
            byte[] ss = HashAlgorithm.SHA3_256.digest(m, x, ctX, pkX, LABEL);
            System.arraycopy(ss, 0, out, 0, SHARED_SECRET_LENGTH);
            Arrays.fill(ss, (byte) 0);
        } finally {
            Arrays.fill(m, (byte) 0);
            Arrays.fill(x, (byte) 0);
        }
    }

    private static RandomSource fixed(byte[] m) {
        return out -> {
            if (out.length != m.length) {
                throw new IllegalStateException("ML-KEM drew " + out.length + " bytes, expected " + m.length);
            }
            System.arraycopy(m, 0, out, 0, m.length);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
