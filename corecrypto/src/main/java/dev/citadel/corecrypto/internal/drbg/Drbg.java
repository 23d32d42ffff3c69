package dev.citadel.corecrypto.internal.drbg;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.InvalidInputException;
import java.util.Objects;

/**
 * An HMAC_DRBG instance with the SP 800-90A Rev. 1 §9 functions around the §10.1.2 mechanism:
 * instantiate (§9.1), reseed (§9.2) and generate (§9.3) with entropy from an {@link EntropySource},
 * prediction resistance, and a reseed counter limited by {@link #RESEED_INTERVAL}. Not thread-safe:
 * {@link SystemDrbg} guards each instance with a lock.
 *
 * <h2>Security guarantees</h2>
 * Security strength {@link #securityStrength(HashAlgorithm)} (256 bits for SHA-256 and SHA-512); entropy
 * input of at least that many bits and a nonce of at least half; backtracking resistance; prediction
 * resistance when instantiated with it (every request reseeds from the source first).
 *
 * <h2>Does not</h2>
 * Support a derivation function (HMAC_DRBG has none) or requests above {@link #MAX_BYTES_PER_REQUEST}.
 */
public final class Drbg implements AutoCloseable {

    /**
     * Requests between reseeds. SP 800-90A Table 2 allows up to 2^48; 2^24 keeps every instance's state
     * young (one reseed per ~16 million requests) at negligible cost.
     */
    public static final long RESEED_INTERVAL = 1L << 24;
    /** SP 800-90A Table 2: max_number_of_bits_per_request = 2^19 bits. */
    public static final int MAX_BYTES_PER_REQUEST = (1 << 19) / 8;
    /** Bounds personalization and additional input (Table 2 allows 2^35 bits; nobody needs more than 64 KiB). */
    public static final int MAX_INPUT_LENGTH = 1 << 16;

    private final HashAlgorithm hash;
    private final EntropySource source;
    private final boolean predictionResistance;
    private final int strengthBits;
    private HmacDrbg state;

    private Drbg(HashAlgorithm hash, EntropySource source, boolean predictionResistance, byte[] personalization) {
        this.hash = hash;
        this.source = source;
        this.predictionResistance = predictionResistance;
        this.strengthBits = securityStrength(hash);
        byte[] entropy = source.entropy(strengthBits);
        byte[] nonce = source.entropy(strengthBits / 2);
        try {
            this.state = new HmacDrbg(hash, entropy, nonce, personalization);
        } finally {
            java.util.Arrays.fill(entropy, (byte) 0);
        }
    }

    /**
     * §9.1 Instantiate_function at the highest strength {@code hash} supports. {@code personalization} may
     * be empty (not secret, but should be unique per instance).
     */
    public static Drbg instantiate(HashAlgorithm hash, EntropySource source, boolean predictionResistance, byte[] personalization) {
        Objects.requireNonNull(hash);
        Objects.requireNonNull(source);
        checkInput(personalization);
        return new Drbg(hash, source, predictionResistance, personalization);
    }

    /** SP 800-57 Part 1 Table 3 / SP 800-90A §10.1: the highest security strength HMAC_DRBG gets from {@code hash}. */
    public static int securityStrength(HashAlgorithm hash) {
        return switch (hash) {
            case SHA_1 -> 128;
            case SHA_224, SHA_512_224, SHA3_224 -> 192;
            case SHA_256, SHA_512_256, SHA_384, SHA_512, SHA3_256, SHA3_384, SHA3_512 -> 256;
        };
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public boolean predictionResistance() {
        return predictionResistance;
    }

    /** §9.2 Reseed_function: fresh entropy from the source, mixed with {@code additionalInput}. */
    public void reseed(byte[] additionalInput) {
        checkInput(additionalInput);
        byte[] entropy = source.entropy(strengthBits);
        try {
            live().reseed(entropy, additionalInput);
        } finally {
            java.util.Arrays.fill(entropy, (byte) 0);
        }
    }

    /**
     * §9.3 Generate_function: fills {@code out}. Reseeds first when prediction resistance is requested
     * (or the instance was instantiated with it), or when the reseed counter passed {@link #RESEED_INTERVAL};
     * a reseed consumes the additional input (§9.3.1 step 7.4).
     */
    public void generate(byte[] out, byte[] additionalInput, boolean predictionResistanceRequest) {
        if (out.length > MAX_BYTES_PER_REQUEST) {
            throw new InvalidInputException(Reason.LIMIT_EXCEEDED, "DRBG request above " + MAX_BYTES_PER_REQUEST + " bytes");
        }
        if (predictionResistanceRequest && !predictionResistance) {
            throw new InvalidInputException(Reason.INVALID_INPUT, "instance was not instantiated with prediction resistance");
        }
        checkInput(additionalInput);
        byte[] additional = additionalInput;
        if (predictionResistance || live().reseedCounter() > RESEED_INTERVAL) {
            reseed(additional);
            additional = null;
        }
        live().generate(out, additional);
    }

    /** The reseed counter (tests observe the reseed policy). */
    long reseedCounter() {
        return live().reseedCounter();
    }

    /** Zeroises the working state; later calls throw {@code KEY_DESTROYED}. */
    @Override
    public void close() {
        HmacDrbg s = state;
        if (s != null) {
            s.close();
        }
        state = null;
    }

    private HmacDrbg live() {
        HmacDrbg s = state;
        if (s == null) {
            throw new InvalidInputException(Reason.KEY_DESTROYED, "DRBG instance was uninstantiated");
        }
        return s;
    }

    private static void checkInput(byte[] input) {
        if (input != null && input.length > MAX_INPUT_LENGTH) {
            throw new InvalidInputException(Reason.LIMIT_EXCEEDED, "DRBG input above " + MAX_INPUT_LENGTH + " bytes");
        }
    }
}
