package dev.citadel.corecrypto.digest;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;

/**
 * The SHAKE extendable-output functions of FIPS 202 §6.2.
 *
 * <h2>Security guarantees</h2>
 * For output length d bits: collision resistance min(d/2, c/2) and preimage resistance min(d, c/2) bits,
 * with capacity c = 256 (SHAKE128) or 512 (SHAKE256).
 *
 * <h2>Does not</h2>
 * Stream: the whole input and output are in memory. Output up to {@link #MAX_OUTPUT_LENGTH} bytes.
 */
public enum Shake {
    SHAKE_128(16),
    SHAKE_256(32);

    /** Bounds memory for one call (1 MiB); larger outputs belong to a streaming API, which this is not. */
    public static final int MAX_OUTPUT_LENGTH = 1 << 20;

    private final int securityStrength;

    Shake(int securityStrength) {
        this.securityStrength = securityStrength;
    }

    /** Security strength in bytes (16 or 32) when the output is at least twice as long. */
    public int securityStrength() {
        return securityStrength;
    }

    /** {@code outputLength} bytes of SHAKE output over the concatenation of {@code parts}. */
    public byte[] digest(int outputLength, byte[]... parts) {
        SelfTest.requireOperational();
        if (outputLength < 0 || outputLength > MAX_OUTPUT_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_OUTPUT_LENGTH, "SHAKE output length must be 0.." + MAX_OUTPUT_LENGTH);
        }
        return Engines.xof(this).digest(outputLength, parts);
    }
}
