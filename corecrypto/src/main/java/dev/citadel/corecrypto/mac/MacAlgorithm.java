package dev.citadel.corecrypto.mac;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.ConstantTime;
import dev.citadel.corecrypto.internal.secret.KeyBytes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Message authentication codes: HMAC (RFC 2104, FIPS 198-1) over every {@link HashAlgorithm}, and AES-CMAC
 * (RFC 4493, SP 800-38B).
 *
 * <h2>Security guarantees</h2>
 * Existential unforgeability under chosen-message attack for a uniformly random key; {@code verify}
 * compares in constant time and either returns or throws {@link AuthenticationFailedException}.
 *
 * <h2>Does not</h2>
 * Accept a shorter tag in {@link #verify}: truncation is explicit ({@link #verifyTruncated}) with a length
 * the caller fixes in advance, never one taken from the received tag.
 * WARNING: HMAC accepts keys of any length, including short ones; key strength is the caller's choice.
 */
public enum MacAlgorithm {
    HMAC_SHA1(HashAlgorithm.SHA_1),
    HMAC_SHA224(HashAlgorithm.SHA_224),
    HMAC_SHA256(HashAlgorithm.SHA_256),
    HMAC_SHA384(HashAlgorithm.SHA_384),
    HMAC_SHA512(HashAlgorithm.SHA_512),
    HMAC_SHA512_224(HashAlgorithm.SHA_512_224),
    HMAC_SHA512_256(HashAlgorithm.SHA_512_256),
    HMAC_SHA3_224(HashAlgorithm.SHA3_224),
    HMAC_SHA3_256(HashAlgorithm.SHA3_256),
    HMAC_SHA3_384(HashAlgorithm.SHA3_384),
    HMAC_SHA3_512(HashAlgorithm.SHA3_512),
    /** Key of 16, 24 or 32 bytes. */
    AES_CMAC(null);

    /** SP 800-107 rev. 1 §5.3.3: never truncate below 32 bits. Protocols usually want far more. */
    public static final int MIN_TRUNCATED_TAG_LENGTH = 4;

    private final HashAlgorithm hash;

    MacAlgorithm(HashAlgorithm hash) {
        this.hash = hash;
    }

    /** The HMAC hash, empty for CMAC. */
    public Optional<HashAlgorithm> hash() {
        return Optional.ofNullable(hash);
    }

    /** The full tag length in bytes. */
    public int tagLength() {
        return hash == null ? 16 : hash.outputLength();
    }

    /** The HMAC over {@code hash}. */
    public static MacAlgorithm hmac(HashAlgorithm hash) {
        MacAlgorithm m = HMAC_BY_HASH.get(hash);
        if (m == null) {
            throw new IllegalArgumentException("no HMAC for " + hash);
        }
        return m;
    }

    /** HMAC per hash, built once: {@link #hmac} sits on every HMAC call. */
    private static final java.util.Map<HashAlgorithm, MacAlgorithm> HMAC_BY_HASH = hmacByHash();

    private static java.util.Map<HashAlgorithm, MacAlgorithm> hmacByHash() {
        java.util.Map<HashAlgorithm, MacAlgorithm> out = new java.util.EnumMap<>(HashAlgorithm.class);
        for (MacAlgorithm m : values()) {
            if (m.hash != null) {
                out.put(m.hash, m);
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The full-length tag over the concatenation of {@code message}. */
    public byte[] compute(SecretKeyMaterial key, byte[]... message) {
        SelfTest.requireOperational();
        return Engines.mac(this).compute(KeyBytes.borrow(key), message);
    }

    /** The leftmost {@code tagLength} bytes of the tag (SP 800-107 §5.3.3). */
    public byte[] computeTruncated(SecretKeyMaterial key, int tagLength, byte[]... message) {
        checkTruncation(tagLength);
        byte[] full = compute(key, message);
        return Arrays.copyOf(full, tagLength);
    }

    /** Returns if {@code tag} is the full-length tag of {@code message}; throws otherwise. */
    public void verify(SecretKeyMaterial key, byte[] tag, byte[]... message) {
        verifyTruncated(key, tagLength(), tag, message);
    }

    /**
     * Returns if {@code tag} is the {@code tagLength}-byte truncated tag of {@code message}; throws
     * {@link AuthenticationFailedException} otherwise, including when {@code tag} has another length.
     */
    public void verifyTruncated(SecretKeyMaterial key, int tagLength, byte[] tag, byte[]... message) {
        checkTruncation(tagLength);
        byte[] expected = Arrays.copyOf(compute(key, message), tagLength);
        if (tag.length != tagLength || !ConstantTime.equal(expected, tag)) {
            throw new AuthenticationFailedException();
        }
    }

    private void checkTruncation(int tagLength) {
        if (tagLength < MIN_TRUNCATED_TAG_LENGTH || tagLength > tagLength()) {
            throw new InvalidInputException(Reason.INVALID_TAG_SIZE,
                    "tag length must be " + MIN_TRUNCATED_TAG_LENGTH + ".." + tagLength() + " bytes");
        }
    }
}
