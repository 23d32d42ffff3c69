package dev.citadel.corecrypto.aead;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An AEAD output: nonce, ciphertext and tag, with the wire form {@code nonce || ciphertext || tag}
 * (the layout of CryptoKit's {@code SealedBox.combined}). Immutable; accessors return copies.
 */
public final class SealedBox {

    private final Aead algorithm;
    private final byte[] nonce;
    private final byte[] ciphertextAndTag;

    private SealedBox(Aead algorithm, byte[] nonce, byte[] ciphertextAndTag) {
        this.algorithm = algorithm;
        this.nonce = nonce;
        this.ciphertextAndTag = ciphertextAndTag;
    }

    static SealedBox of(Aead algorithm, byte[] nonce, byte[] ciphertextAndTag) {
        return new SealedBox(algorithm, nonce, ciphertextAndTag);
    }

    /** Parses {@code nonce || ciphertext || tag}; {@code INVALID_CIPHERTEXT} if too short to hold both. */
    public static SealedBox fromCombined(Aead algorithm, byte[] combined) {
        Objects.requireNonNull(algorithm, "algorithm");
        int n = algorithm.nonceLength();
        if (combined.length < n + algorithm.tagLength()) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "sealed box shorter than nonce and tag");
        }
        return new SealedBox(algorithm, Arrays.copyOf(combined, n), Arrays.copyOfRange(combined, n, combined.length));
    }

    public Aead algorithm() {
        return algorithm;
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    public byte[] ciphertext() {
        return Arrays.copyOf(ciphertextAndTag, ciphertextAndTag.length - algorithm.tagLength());
    }

    public byte[] tag() {
        return Arrays.copyOfRange(ciphertextAndTag, ciphertextAndTag.length - algorithm.tagLength(), ciphertextAndTag.length);
    }

    /** {@code nonce || ciphertext || tag}. */
    public byte[] combined() {
        byte[] out = Arrays.copyOf(nonce, nonce.length + ciphertextAndTag.length);
        System.arraycopy(ciphertextAndTag, 0, out, nonce.length, ciphertextAndTag.length);
        return out;
    }

    byte[] nonceView() {
        return nonce;
    }

    byte[] ciphertextAndTagView() {
        return ciphertextAndTag;
    }

    @Override
    public String toString() {
        return "SealedBox[" + algorithm + ", " + (ciphertextAndTag.length - algorithm.tagLength()) + " bytes]";
    }
}
