package dev.citadel.corecrypto.internal.drbg;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An entropy source under the continuous health tests of SP 800-90B §4.4: the Repetition Count Test
 * (§4.4.1) and the Adaptive Proportion Test (§4.4.2), run on every byte (one sample) the raw source
 * delivers, plus the start-up test of §4.3 (1024 samples through both tests before first use). A failure
 * puts the module into the error state and throws {@code ENTROPY_SOURCE_FAILED}.
 *
 * <h2>Security guarantees</h2>
 * A stuck or badly biased raw source is detected before its output seeds a DRBG. The entropy claim is
 * deliberately low, {@link #MIN_ENTROPY_BITS_PER_SAMPLE} bit per byte, so a request for n bits of entropy
 * draws n bytes.
 *
 * <h2>Does not</h2>
 * Assess the raw source (the JDK's {@code NativePRNGBlocking}, i.e. the kernel's {@code /dev/random}); the
 * claim of one bit per byte is an assumption documented in {@code docs/crypto-fips.md}, not an SP 800-90B
 * entropy assessment.
 */
public final class HealthTestedEntropy implements EntropySource {

    /** The claimed min-entropy H per 8-bit sample (conservative for a kernel CSPRNG). */
    public static final int MIN_ENTROPY_BITS_PER_SAMPLE = 1;
    /**
     * SP 800-90B §4.4.1: C = 1 + ⌈−log2(α)/H⌉ with α = 2^−20 and H = 1: 21 identical samples in a row fail.
     */
    public static final int REPETITION_CUTOFF = 21;
    /** SP 800-90B §4.4.2: window W = 512 for non-binary samples. */
    public static final int ADAPTIVE_WINDOW = 512;
    /** SP 800-90B §4.4.2 Table 2, H = 1, α = 2^−20: 311 occurrences of the window's first sample fail. */
    public static final int ADAPTIVE_CUTOFF = 311;
    /** SP 800-90B §4.3 item 4: start-up testing over at least 1024 consecutive samples. */
    public static final int STARTUP_SAMPLES = 1024;

    private final Consumer<byte[]> raw;
    private boolean started;
    private int lastSample = -1;
    private int repetitions;
    private int windowSample = -1;
    private int windowSeen;
    private int windowCount;

    /** {@code raw} fills its argument with bytes from the noise source (or the OS entropy interface). */
    public HealthTestedEntropy(Consumer<byte[]> raw) {
        this.raw = raw;
    }

    @Override
    public synchronized byte[] entropy(int minEntropyBits) {
        if (!started) {
            byte[] startup = new byte[STARTUP_SAMPLES];
            raw.accept(startup);
            test(startup);
            Arrays.fill(startup, (byte) 0);
            started = true;
        }
        byte[] out = new byte[Math.ceilDiv(minEntropyBits, MIN_ENTROPY_BITS_PER_SAMPLE)];
        raw.accept(out);
        test(out);
        return out;
    }

    private void test(byte[] samples) {
        for (byte b : samples) {
            int s = b & 0xff;
            // §4.4.1 Repetition Count Test
            if (s == lastSample) {
                if (++repetitions >= REPETITION_CUTOFF) {
                    fail("repetition count test: " + repetitions + " identical samples");
                }
            } else {
                lastSample = s;
                repetitions = 1;
            }
            // §4.4.2 Adaptive Proportion Test
            if (windowSeen == 0) {
                windowSample = s;
                windowCount = 1;
                windowSeen = 1;
            } else {
                if (s == windowSample && ++windowCount >= ADAPTIVE_CUTOFF) {
                    fail("adaptive proportion test: " + windowCount + " of " + ADAPTIVE_WINDOW + " samples equal");
                }
                if (++windowSeen == ADAPTIVE_WINDOW) {
                    windowSeen = 0;
                }
            }
        }
    }

    private void fail(String why) {
        lastSample = -1;
        repetitions = 0;
        windowSeen = 0;
        String message = "entropy source failed its SP 800-90B health test (" + why + ")";
        ModuleState.enterErrorState(message);
        throw new ModuleErrorException(Reason.ENTROPY_SOURCE_FAILED, message);
    }
}
