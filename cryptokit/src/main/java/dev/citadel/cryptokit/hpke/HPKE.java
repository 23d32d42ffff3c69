package dev.citadel.cryptokit.hpke;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.MLKEM1024;
import dev.citadel.cryptokit.MLKEM768;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.P384;
import dev.citadel.cryptokit.P521;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.XWing;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Hybrid Public Key Encryption, RFC 9180 (CryptoKit {@code HPKE}), with the post-quantum KEMs of
 * draft-ietf-hpke-pq: ML-KEM-512/768/1024 (KEM ids 0x0040/0x0041/0x0042) and X-Wing (0x647a).
 *
 * <pre>{@code
 * HPKE.Sender s = HPKE.Sender.base(Ciphersuite.XWING_SHA256_AES_GCM_256, recipientPublicKey, info);
 * byte[] ct = s.seal(plaintext, aad);          // send s.encapsulatedKey() and ct
 * HPKE.Recipient r = HPKE.Recipient.base(suite, recipientPrivateKey, info, enc);
 * byte[] pt = r.open(ct, aad);                  // throws AUTHENTICATION_FAILURE
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Modes base, psk, auth and auth_psk for DHKEM(P-256/P-384/P-521/X25519); base and psk for the
 *       ML-KEM and X-Wing KEMs (they have no AuthEncap). KDFs HKDF-SHA256/384/512; AEADs AES-128-GCM,
 *       AES-256-GCM, ChaCha20-Poly1305 and export-only.</li>
 *   <li>Nonces come from the key schedule and the sequence number; a context refuses to wrap
 *       ({@code SEQUENCE_OVERFLOW}). A failed {@code open} does not advance the counter.</li>
 *   <li>Public keys are validated on import (points on the curve, ML-KEM modulus check); DH outputs that
 *       are all zero are refused ({@code SMALL_ORDER}, RFC 9180 §7.1.4).</li>
 *   <li>PSKs must be at least {@link #MIN_PSK_LENGTH} bytes (RFC 9180 §5.1.2: 32 bytes of entropy).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Reorder or deduplicate messages (the caller delivers in order); hide message lengths; share a
 * {@code Sender} or {@code Recipient} between threads (each holds a sequence number); offer
 * DeriveKeyPair for the ML-KEM and X-Wing KEMs (random key generation only). WARNING: auth mode is not
 * forward-secure against a later compromise of the sender's key for key-compromise impersonation
 * (RFC 9180 §9.1.1).
 */
public final class HPKE {

    /** RFC 9180 §5.1.2: a PSK MUST have at least 32 bytes of entropy; shorter ones are refused. */
    public static final int MIN_PSK_LENGTH = 32;
    /** Bounds {@code info}, {@code psk_id} and exporter contexts (64 KiB; HKDF's own limit is 2^61). */
    public static final int MAX_LABEL_INPUT_LENGTH = 1 << 16;

    private static final byte[] EMPTY = new byte[0];

    private HPKE() {}

    /** Single-shot base-mode seal (RFC 9180 §6.1): a fresh context, one message. */
    public static Message seal(Ciphersuite suite, PublicKey recipient, byte[] info, byte[] plaintext, byte[] aad) {
        try (Sender s = Sender.base(suite, recipient, info)) {
            return new Message(s.encapsulatedKey(), s.seal(plaintext, aad));
        }
    }

    /** Single-shot base-mode open (RFC 9180 §6.1). */
    public static byte[] open(Ciphersuite suite, PrivateKey recipient, byte[] info, byte[] enc, byte[] ciphertext, byte[] aad) {
        try (Recipient r = Recipient.base(suite, recipient, info, enc)) {
            return r.open(ciphertext, aad);
        }
    }

    /** A single-shot output: the encapsulated key and the ciphertext. */
    public static final class Message {
        private final byte[] encapsulatedKey;
        private final byte[] ciphertext;

        Message(byte[] encapsulatedKey, byte[] ciphertext) {
            this.encapsulatedKey = encapsulatedKey;
            this.ciphertext = ciphertext;
        }

        public byte[] encapsulatedKey() {
            return encapsulatedKey.clone();
        }

        public byte[] ciphertext() {
            return ciphertext.clone();
        }
    }

    /** A KEM public key, serialized as RFC 9180 §7.1.1 / draft-ietf-hpke-pq specify. */
    public static final class PublicKey {
        final Kem kem;
        final byte[] serialized;

        private PublicKey(Kem kem, byte[] serialized) {
            this.kem = kem;
            this.serialized = serialized;
        }

        /** DeserializePublicKey: validated; {@code INVALID_ENCODING}, {@code TRAILING_BYTES}, {@code INVALID_POINT}, {@code INVALID_KEY}. */
        public static PublicKey of(KemId kemId, byte[] serialized) {
            Kem kem = Kem.of(kemId);
            requireLength(serialized, kem.publicKeyLength(), "public key");
            CoreFailures.run(() -> kem.checkPublicKey(serialized));
            return new PublicKey(kem, serialized.clone());
        }

        /** DHKEM(P-256) key: the X9.63 (uncompressed) representation, RFC 9180 §7.1.1. */
        public static PublicKey of(P256.KeyAgreement.PublicKey key) {
            return of(KemId.DHKEM_P256_HKDF_SHA256, key.x963Representation());
        }

        public static PublicKey of(P384.KeyAgreement.PublicKey key) {
            return of(KemId.DHKEM_P384_HKDF_SHA384, key.x963Representation());
        }

        public static PublicKey of(P521.KeyAgreement.PublicKey key) {
            return of(KemId.DHKEM_P521_HKDF_SHA512, key.x963Representation());
        }

        public static PublicKey of(Curve25519.KeyAgreement.PublicKey key) {
            return of(KemId.DHKEM_X25519_HKDF_SHA256, key.rawRepresentation());
        }

        public static PublicKey of(MLKEM768.PublicKey key) {
            return of(KemId.ML_KEM_768, key.rawRepresentation());
        }

        public static PublicKey of(MLKEM1024.PublicKey key) {
            return of(KemId.ML_KEM_1024, key.rawRepresentation());
        }

        public static PublicKey of(XWing.PublicKey key) {
            return of(KemId.X_WING, key.rawRepresentation());
        }

        public KemId kem() {
            return kem.id();
        }

        public byte[] serialized() {
            return serialized.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PublicKey p && p.kem == kem && Arrays.equals(p.serialized, serialized);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(serialized);
        }

        @Override
        public String toString() {
            return "HPKE.PublicKey[" + kem.id() + ", " + HexFormat.of().formatHex(serialized, 0, Math.min(8, serialized.length)) + "…]";
        }
    }

    /** A KEM private key (Nsk bytes: scalar, X25519 key, ML-KEM seed or X-Wing seed). Zeroised on close. */
    public static final class PrivateKey implements AutoCloseable {
        final Kem kem;
        final byte[] serialized;
        private final PublicKey publicKey;
        private volatile boolean closed;

        private PrivateKey(Kem kem, byte[] serialized) {
            this.kem = kem;
            this.serialized = serialized;
            this.publicKey = new PublicKey(kem, CoreFailures.call(() -> kem.publicKeyOf(serialized)));
        }

        public static PrivateKey generate(KemId kemId) {
            return generate(kemId, RandomSource.system());
        }

        public static PrivateKey generate(KemId kemId, RandomSource random) {
            Kem kem = Kem.of(kemId);
            return new PrivateKey(kem, CoreFailures.call(() -> kem.generatePrivateKey(random)));
        }

        /** DeriveKeyPair(ikm) (RFC 9180 §7.1.3), DHKEMs only. */
        public static PrivateKey derive(KemId kemId, byte[] ikm, SecretAccess access) {
            SecretAccess.require(access);
            Kem kem = Kem.of(kemId);
            if (ikm.length < kem.privateKeyLength()) {
                throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, "DeriveKeyPair ikm must have at least Nsk bytes");
            }
            return new PrivateKey(kem, CoreFailures.call(() -> kem.deriveKeyPair(ikm)));
        }

        /** DeserializePrivateKey (copied). */
        public static PrivateKey of(KemId kemId, byte[] serialized, SecretAccess access) {
            SecretAccess.require(access);
            Kem kem = Kem.of(kemId);
            requireLength(serialized, kem.privateKeyLength(), "private key");
            return new PrivateKey(kem, serialized.clone());
        }

        /** The HPKE view of a cryptokit private key (the serialized bytes are copied, RFC 9180 §7.1.2). */
        public static PrivateKey of(P256.KeyAgreement.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.DHKEM_P256_HKDF_SHA256, key.rawRepresentation(access));
        }

        public static PrivateKey of(P384.KeyAgreement.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.DHKEM_P384_HKDF_SHA384, key.rawRepresentation(access));
        }

        public static PrivateKey of(P521.KeyAgreement.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.DHKEM_P521_HKDF_SHA512, key.rawRepresentation(access));
        }

        public static PrivateKey of(Curve25519.KeyAgreement.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.DHKEM_X25519_HKDF_SHA256, key.rawRepresentation(access));
        }

        public static PrivateKey of(MLKEM768.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.ML_KEM_768, key.seedRepresentation(access));
        }

        public static PrivateKey of(MLKEM1024.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.ML_KEM_1024, key.seedRepresentation(access));
        }

        public static PrivateKey of(XWing.PrivateKey key, SecretAccess access) {
            return fromBytes(KemId.X_WING, key.seedRepresentation(access));
        }

        private static PrivateKey fromBytes(KemId id, byte[] owned) {
            try {
                return of(id, owned, SecretAccess.insecure());
            } finally {
                Arrays.fill(owned, (byte) 0);
            }
        }

        public KemId kem() {
            return kem.id();
        }

        public PublicKey publicKey() {
            return publicKey;
        }

        public byte[] serialized(SecretAccess access) {
            SecretAccess.require(access);
            return bytes().clone();
        }

        byte[] bytes() {
            if (closed) {
                throw CryptoKitException.of(Reason.KEY_DESTROYED, "key was closed");
            }
            return serialized;
        }

        @Override
        public void close() {
            closed = true;
            Arrays.fill(serialized, (byte) 0);
        }

        @Override
        public String toString() {
            return "HPKE.PrivateKey[" + kem.id() + ", redacted]";
        }
    }

    /** The sender's context (RFC 9180 §5.1 SetupS, §5.2 Seal, §5.3 Export). */
    public static final class Sender implements AutoCloseable {
        private final byte[] enc;
        final Context context;

        private Sender(byte[] enc, Context context) {
            this.enc = enc;
            this.context = context;
        }

        public static Sender base(Ciphersuite suite, PublicKey recipient, byte[] info) {
            return setup(suite, Mode.BASE, recipient, info, null, EMPTY, null, null, RandomSource.system());
        }

        public static Sender psk(Ciphersuite suite, PublicKey recipient, byte[] info, SymmetricKey psk, byte[] pskId) {
            return setup(suite, Mode.PSK, recipient, info, psk, pskId, null, null, RandomSource.system());
        }

        public static Sender auth(Ciphersuite suite, PublicKey recipient, byte[] info, PrivateKey sender) {
            return setup(suite, Mode.AUTH, recipient, info, null, EMPTY, sender, null, RandomSource.system());
        }

        public static Sender authPsk(Ciphersuite suite, PublicKey recipient, byte[] info, PrivateKey sender, SymmetricKey psk, byte[] pskId) {
            return setup(suite, Mode.AUTH_PSK, recipient, info, psk, pskId, sender, null, RandomSource.system());
        }

        /** Any mode, with the KEM's encapsulation randomness from {@code random} (tests inject it). */
        public static Sender create(Ciphersuite suite, Mode mode, PublicKey recipient, byte[] info, SymmetricKey psk, byte[] pskId,
                PrivateKey sender, RandomSource random) {
            return setup(suite, mode, recipient, info, psk, pskId, sender, null, random);
        }

        /** Test hook: a fixed ephemeral input (DHKEM skE, ML-KEM m, X-Wing eseed). */
        static Sender withEphemeral(Ciphersuite suite, Mode mode, PublicKey recipient, byte[] info, SymmetricKey psk, byte[] pskId,
                PrivateKey sender, byte[] ephemeral) {
            return setup(suite, mode, recipient, info, psk, pskId, sender, ephemeral, null);
        }

        private static Sender setup(Ciphersuite suite, Mode mode, PublicKey pkR, byte[] info, SymmetricKey psk, byte[] pskId,
                PrivateKey skS, byte[] ephemeral, RandomSource random) {
            Kem kem = checkSuite(suite, mode, pkR.kem, skS == null ? null : skS.kem);
            byte[] pskBytes = checkInputs(mode, info, psk, pskId, skS != null);
            try {
                return CoreFailures.call(() -> {
                    byte[] eph = ephemeral != null ? ephemeral : kem.randomEphemeral(random);
                    try (Kem.Encapsulation e = kem.encap(pkR.serialized, eph, skS == null ? null : skS.bytes())) {
                        return new Sender(e.enc(), Context.keySchedule(suite, mode, e.sharedSecret(), info, pskBytes, pskId));
                    } finally {
                        if (ephemeral == null) {
                            Arrays.fill(eph, (byte) 0);
                        }
                    }
                });
            } finally {
                Arrays.fill(pskBytes, (byte) 0);
            }
        }

        /** {@code enc}: send it with the first ciphertext. */
        public byte[] encapsulatedKey() {
            return enc.clone();
        }

        /** Seals the next message; {@code SEQUENCE_OVERFLOW} once the counter is exhausted. */
        public byte[] seal(byte[] plaintext, byte[] aad) {
            return CoreFailures.call(() -> context.seal(plaintext, aad));
        }

        /** A secret of {@code length} bytes bound to this context and {@code exporterContext} (§5.3). */
        public SymmetricKey export(byte[] exporterContext, int length) {
            requireLabelInput(exporterContext, "exporter context");
            return CoreFailures.call(() -> context.export(exporterContext, length));
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** The recipient's context (RFC 9180 §5.1 SetupR, §5.2 Open, §5.3 Export). */
    public static final class Recipient implements AutoCloseable {
        final Context context;

        private Recipient(Context context) {
            this.context = context;
        }

        public static Recipient base(Ciphersuite suite, PrivateKey recipient, byte[] info, byte[] enc) {
            return setup(suite, Mode.BASE, recipient, info, enc, null, EMPTY, null);
        }

        public static Recipient psk(Ciphersuite suite, PrivateKey recipient, byte[] info, byte[] enc, SymmetricKey psk, byte[] pskId) {
            return setup(suite, Mode.PSK, recipient, info, enc, psk, pskId, null);
        }

        public static Recipient auth(Ciphersuite suite, PrivateKey recipient, byte[] info, byte[] enc, PublicKey sender) {
            return setup(suite, Mode.AUTH, recipient, info, enc, null, EMPTY, sender);
        }

        public static Recipient authPsk(Ciphersuite suite, PrivateKey recipient, byte[] info, byte[] enc, PublicKey sender,
                SymmetricKey psk, byte[] pskId) {
            return setup(suite, Mode.AUTH_PSK, recipient, info, enc, psk, pskId, sender);
        }

        private static Recipient setup(Ciphersuite suite, Mode mode, PrivateKey skR, byte[] info, byte[] enc, SymmetricKey psk,
                byte[] pskId, PublicKey pkS) {
            Kem kem = checkSuite(suite, mode, skR.kem, pkS == null ? null : pkS.kem);
            requireLength(enc, kem.encLength(), "encapsulated key");
            byte[] pskBytes = checkInputs(mode, info, psk, pskId, pkS != null);
            try {
                return CoreFailures.call(() -> {
                    try (SecretKeyMaterial ss = kem.decap(enc, skR.bytes(), pkS == null ? null : pkS.serialized)) {
                        return new Recipient(Context.keySchedule(suite, mode, ss, info, pskBytes, pskId));
                    }
                });
            } finally {
                Arrays.fill(pskBytes, (byte) 0);
            }
        }

        /** Opens the next message; {@code AUTHENTICATION_FAILURE} without advancing the counter. */
        public byte[] open(byte[] ciphertext, byte[] aad) {
            return CoreFailures.call(() -> context.open(ciphertext, aad));
        }

        public SymmetricKey export(byte[] exporterContext, int length) {
            requireLabelInput(exporterContext, "exporter context");
            return CoreFailures.call(() -> context.export(exporterContext, length));
        }

        @Override
        public void close() {
            context.close();
        }
    }

    private static Kem checkSuite(Ciphersuite suite, Mode mode, Kem keyKem, Kem otherKem) {
        Kem kem = Kem.of(suite.kem());
        Context.hash(suite.kdf());
        Context.aead(suite.aead());
        if (keyKem != kem || (otherKem != null && otherKem != kem)) {
            throw CryptoKitException.of(Reason.INVALID_KEY, "key belongs to another KEM than " + suite.kem());
        }
        if (mode.usesAuth() && !kem.supportsAuth()) {
            throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, suite.kem() + " has no AuthEncap; use base or psk mode");
        }
        return kem;
    }

    /** VerifyPSKInputs (RFC 9180 §5.1) plus the named limits; returns the PSK bytes (caller clears). */
    private static byte[] checkInputs(Mode mode, byte[] info, SymmetricKey psk, byte[] pskId, boolean auth) {
        requireLabelInput(info, "info");
        requireLabelInput(pskId, "psk_id");
        if (mode.usesAuth() != auth) {
            throw CryptoKitException.of(Reason.INVALID_PARAMETER, mode + " needs " + (auth ? "no " : "a ") + "sender key");
        }
        if (!mode.usesPsk()) {
            if (psk != null || pskId.length != 0) {
                throw CryptoKitException.of(Reason.INVALID_PARAMETER, "PSK inputs given in " + mode + " mode");
            }
            return new byte[0];
        }
        if (psk == null || pskId.length == 0) {
            throw CryptoKitException.of(Reason.INVALID_PARAMETER, "inconsistent PSK inputs: " + mode + " needs both psk and psk_id");
        }
        if (psk.bitCount() / 8 < MIN_PSK_LENGTH) {
            throw CryptoKitException.of(Reason.INCORRECT_KEY_SIZE, "PSK shorter than HPKE.MIN_PSK_LENGTH");
        }
        return psk.reveal(SecretAccess.insecure());
    }

    private static void requireLabelInput(byte[] input, String what) {
        if (input.length > MAX_LABEL_INPUT_LENGTH) {
            throw CryptoKitException.of(Reason.LIMIT_EXCEEDED, what + " above HPKE.MAX_LABEL_INPUT_LENGTH");
        }
    }

    private static void requireLength(byte[] bytes, int expected, String what) {
        if (bytes.length > expected) {
            throw CryptoKitException.of(Reason.TRAILING_BYTES, "HPKE " + what + " has " + (bytes.length - expected) + " extra bytes");
        }
        if (bytes.length < expected) {
            throw CryptoKitException.of(Reason.INVALID_ENCODING, "HPKE " + what + " must be " + expected + " bytes");
        }
    }
}
