package dev.citadel.corecrypto.aead;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.secret.KeyBytes;
import java.util.Set;

/**
 * Authenticated encryption with associated data. {@link #seal} draws the nonce itself; {@link #open}
 * takes the {@link SealedBox} that carries it, so there is no nonce argument to get wrong.
 *
 * <pre>{@code
 * SealedBox box = Aead.AES_GCM.seal(key, plaintext, aad);
 * byte[] wire = box.combined();
 * byte[] plain = Aead.AES_GCM.open(key, SealedBox.fromCombined(Aead.AES_GCM, wire), aad);
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * IND-CCA2 confidentiality and ciphertext integrity (INT-CTXT) of plaintext and AAD. {@code open} either
 * returns the plaintext or throws {@code AUTHENTICATION_FAILED}; it never returns unauthenticated bytes.
 *
 * <h2>Does not</h2>
 * Hide the plaintext length, or stop replays. WARNING: random 96-bit nonces limit one {@link #AES_GCM}
 * or {@link #CHACHA20_POLY1305} key to 2^32 messages (SP 800-38D §8.3); prefer {@link #XCHACHA20_POLY1305}
 * or {@link #AES_GCM_SIV} (misuse-resistant) for keys that encrypt many messages.
 * Caller-chosen nonces: {@code dev.citadel.corecrypto.hazmat.InsecureNonceAead}.
 */
public enum Aead {
    /** AES-GCM, SP 800-38D: 16/24/32-byte key, 12-byte nonce, 16-byte tag. */
    AES_GCM(Set.of(16, 24, 32), 12),
    /** AES-GCM-SIV, RFC 8452: 16/32-byte key, 12-byte nonce, 16-byte tag; nonce reuse leaks only equality. */
    AES_GCM_SIV(Set.of(16, 32), 12),
    /** ChaCha20-Poly1305, RFC 8439: 32-byte key, 12-byte nonce. */
    CHACHA20_POLY1305(Set.of(32), 12),
    /** XChaCha20-Poly1305, draft-irtf-cfrg-xchacha-03: 32-byte key, 24-byte nonce (safe at random). */
    XCHACHA20_POLY1305(Set.of(32), 24);

    /** Every algorithm here has a 128-bit tag. */
    public static final int TAG_LENGTH = 16;

    private final Set<Integer> keyLengths;
    private final int nonceLength;

    Aead(Set<Integer> keyLengths, int nonceLength) {
        this.keyLengths = keyLengths;
        this.nonceLength = nonceLength;
    }

    public Set<Integer> keyLengths() {
        return keyLengths;
    }

    public int nonceLength() {
        return nonceLength;
    }

    public int tagLength() {
        return TAG_LENGTH;
    }

    /** Encrypts under a fresh nonce from the system DRBG. */
    public SealedBox seal(SecretKeyMaterial key, byte[] plaintext, byte[] aad) {
        return seal(key, plaintext, aad, RandomSource.system());
    }

    /** Encrypts under a fresh nonce from {@code random} (tests inject a deterministic source). */
    public SealedBox seal(SecretKeyMaterial key, byte[] plaintext, byte[] aad, RandomSource random) {
        SelfTest.requireOperational();
        byte[] k = checkedKey(key);
        byte[] nonce = random.bytes(nonceLength);
        byte[] out = Engines.aead(this).seal(k, nonce, plaintext, aad, TAG_LENGTH);
        return SealedBox.of(this, nonce, out);
    }

    /** The plaintext, or throws {@code AUTHENTICATION_FAILED} (wrong key, nonce, ciphertext, tag or AAD). */
    public byte[] open(SecretKeyMaterial key, SealedBox box, byte[] aad) {
        SelfTest.requireOperational();
        if (box.algorithm() != this) {
            throw new InvalidInputException(Reason.INVALID_INPUT, "sealed box is " + box.algorithm() + ", not " + this);
        }
        return Engines.aead(this).open(checkedKey(key), box.nonceView(), box.ciphertextAndTagView(), aad, TAG_LENGTH);
    }

    private byte[] checkedKey(SecretKeyMaterial key) {
        byte[] k = KeyBytes.borrow(key);
        if (!keyLengths.contains(k.length)) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, this + " key must be " + keyLengths + " bytes");
        }
        return k;
    }
}
