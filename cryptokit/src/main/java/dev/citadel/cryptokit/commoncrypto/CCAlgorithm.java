package dev.citadel.cryptokit.commoncrypto;

/**
 * {@code CCAlgorithm}. Only AES ({@code kCCAlgorithmAES}, key of 16, 24 or 32 bytes, 16-byte block):
 * DES, 3DES, CAST, RC4, RC2 and Blowfish are deliberately absent.
 */
public enum CCAlgorithm {
    AES(16);

    private final int blockSize;

    CCAlgorithm(int blockSize) {
        this.blockSize = blockSize;
    }

    /** {@code kCCBlockSizeAES128}. */
    public int blockSize() {
        return blockSize;
    }
}
