package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.hazmat.InsecureNonceAead;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import java.util.Arrays;

/**
 * An HPKE encryption context (RFC 9180 §5.2, §5.3): the AEAD key, base nonce, sequence number and
 * exporter secret produced by the key schedule (§5.1). Not thread-safe: one context per stream.
 */
final class Context implements AutoCloseable {

    /** The largest sequence number used: RFC 9180 §5.2 refuses at 2^(8·Nn) − 1; a long stops far earlier. */
    static final long MAX_SEQUENCE = Long.MAX_VALUE - 1;

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_LENGTH = 16;

    private final Aead aead;
    private final SecretKeyMaterial key;
    private final byte[] baseNonce;
    private final SecretKeyMaterial exporterSecret;
    private final LabeledKdf kdf;
    private long sequence;

    private Context(Aead aead, SecretKeyMaterial key, byte[] baseNonce, SecretKeyMaterial exporterSecret, LabeledKdf kdf) {
        this.aead = aead;
        this.key = key;
        this.baseNonce = baseNonce;
        this.exporterSecret = exporterSecret;
        this.kdf = kdf;
    }

    /** KeySchedule (RFC 9180 §5.1); VerifyPSKInputs has run in the caller. */
    static Context keySchedule(Ciphersuite suite, Mode mode, SecretKeyMaterial sharedSecret, byte[] info, byte[] psk, byte[] pskId) {
        LabeledKdf kdf = new LabeledKdf(hash(suite.kdf()), suite.suiteId());
        Aead aead = aead(suite.aead());
        int nk = keyLength(suite.aead());
        byte[] pskIdHash;
        byte[] infoHash;
        try (SecretKeyMaterial a = kdf.labeledExtract(new byte[0], "psk_id_hash", pskId);
                SecretKeyMaterial b = kdf.labeledExtract(new byte[0], "info_hash", info)) {
            pskIdHash = a.reveal(SecretAccess.insecure());
            infoHash = b.reveal(SecretAccess.insecure());
        }
        byte[] ksContext = LabeledKdf.concat(new byte[] {(byte) mode.value()}, pskIdHash, infoHash);
        byte[] ss = sharedSecret.reveal(SecretAccess.insecure());
        try (SecretKeyMaterial secret = kdf.labeledExtract(ss, "secret", psk)) {
            SecretKeyMaterial key = aead == null ? null : kdf.labeledExpand(secret, "key", ksContext, nk);
            byte[] baseNonce = aead == null ? new byte[0] : kdf.labeledExpandBytes(secret, "base_nonce", ksContext, NONCE_LENGTH);
            SecretKeyMaterial exporter = kdf.labeledExpand(secret, "exp", ksContext, kdf.hashLength());
            return new Context(aead, key, baseNonce, exporter, kdf);
        } finally {
            Arrays.fill(ss, (byte) 0);
        }
    }

    byte[] seal(byte[] plaintext, byte[] aad) {
        requireAead();
        byte[] nonce = nextNonce();
        byte[] ct = InsecureNonceAead.seal(aead, key, nonce, plaintext, aad, TAG_LENGTH);
        sequence++;
        return ct;
    }

    byte[] open(byte[] ciphertext, byte[] aad) {
        requireAead();
        byte[] nonce = nextNonce();
        byte[] pt = InsecureNonceAead.open(aead, key, nonce, ciphertext, aad, TAG_LENGTH);
        sequence++; // only after success: a failed open does not advance (RFC 9180 §5.2)
        return pt;
    }

    /** {@code LabeledExpand(exporter_secret, "sec", exporter_context, L)} (§5.3). */
    SymmetricKey export(byte[] exporterContext, int length) {
        if (length < 1 || length > 255 * kdf.hashLength()) {
            throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, "export length must be 1.." + 255 * kdf.hashLength());
        }
        return KeyMaterial.adopt(kdf.labeledExpand(exporterSecret, "sec", exporterContext, length));
    }

    long sequence() {
        return sequence;
    }

    /** Test hook: jump the counter to check overflow refusal. */
    void sequenceForTest(long value) {
        sequence = value;
    }

    private byte[] nextNonce() {
        if (sequence >= MAX_SEQUENCE) {
            throw CryptoKitException.of(Reason.SEQUENCE_OVERFLOW, "HPKE message limit reached; set up a new context");
        }
        byte[] nonce = baseNonce.clone();
        long s = sequence;
        for (int i = NONCE_LENGTH - 1; i >= NONCE_LENGTH - 8; i--) {
            nonce[i] ^= (byte) s;
            s >>>= 8;
        }
        return nonce;
    }

    private void requireAead() {
        if (aead == null) {
            throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "export-only context cannot seal or open (RFC 9180 §5.3)");
        }
    }

    static HashAlgorithm hash(KdfId kdf) {
        return switch (kdf.value()) {
            case 0x0001 -> HashAlgorithm.SHA_256;
            case 0x0002 -> HashAlgorithm.SHA_384;
            case 0x0003 -> HashAlgorithm.SHA_512;
            default -> throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "HPKE " + kdf + " is not implemented");
        };
    }

    static Aead aead(AeadId id) {
        return switch (id.value()) {
            case 0x0001, 0x0002 -> Aead.AES_GCM;
            case 0x0003 -> Aead.CHACHA20_POLY1305;
            case 0xffff -> null;
            default -> throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, "HPKE " + id + " is not implemented");
        };
    }

    private static int keyLength(AeadId id) {
        return id.value() == 0x0001 ? 16 : 32;
    }

    @Override
    public void close() {
        if (key != null) {
            key.close();
        }
        exporterSecret.close();
        Arrays.fill(baseNonce, (byte) 0);
    }
}
