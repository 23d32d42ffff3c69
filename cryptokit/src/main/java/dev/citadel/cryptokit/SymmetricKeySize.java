package dev.citadel.cryptokit;

/**
 * A symmetric key length (CryptoKit {@code SymmetricKeySize}): the usual constants and any positive
 * multiple of 8 bits up to {@link SymmetricKey#MAX_BYTES}.
 */
public final class SymmetricKeySize {

    public static final SymmetricKeySize BITS_128 = new SymmetricKeySize(128);
    public static final SymmetricKeySize BITS_192 = new SymmetricKeySize(192);
    public static final SymmetricKeySize BITS_256 = new SymmetricKeySize(256);

    private final int bits;

    private SymmetricKeySize(int bits) {
        this.bits = bits;
    }

    public static SymmetricKeySize ofBits(int bits) {
        if (bits <= 0 || bits % 8 != 0 || bits / 8 > SymmetricKey.MAX_BYTES) {
            throw CryptoKitException.of(CryptoKitException.Reason.INCORRECT_KEY_SIZE,
                    "key size must be a positive multiple of 8 bits up to " + SymmetricKey.MAX_BYTES * 8);
        }
        return new SymmetricKeySize(bits);
    }

    public int bitCount() {
        return bits;
    }

    public int byteCount() {
        return bits / 8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetricKeySize other && other.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return bits + " bits";
    }
}
