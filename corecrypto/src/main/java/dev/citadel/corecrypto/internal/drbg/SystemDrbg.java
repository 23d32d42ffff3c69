package dev.citadel.corecrypto.internal.drbg;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.internal.jca.JcaEntropySource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The system DRBG behind {@code RandomSource.system()}: HMAC_DRBG with SHA-512 (256-bit strength),
 * seeded from the OS through {@link HealthTestedEntropy}.
 *
 * <h2>Concurrency</h2>
 * A fixed array of {@link #STRIPES} independent instances, each behind its own {@link ReentrantLock}; a
 * thread uses the stripe picked by its thread id. No {@code ThreadLocal}: nothing is left behind when
 * (virtual) threads end, and the number of DRBG states is bounded. Each instance is instantiated lazily,
 * with a distinct personalization string (stripe index and time), and reseeds every
 * {@link Drbg#RESEED_INTERVAL} requests.
 */
public final class SystemDrbg {

    /** Enough stripes that 2-16 cores rarely contend; a power of two for masking. */
    static final int STRIPES = 16;

    private static final HealthTestedEntropy ENTROPY = new HealthTestedEntropy(JcaEntropySource::fill);
    private static final Stripe[] STATE = new Stripe[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            STATE[i] = new Stripe(i);
        }
    }

    private SystemDrbg() {}

    /** Fills {@code out} with DRBG output, in requests of at most {@link Drbg#MAX_BYTES_PER_REQUEST}. */
    public static void fill(byte[] out) {
        Stripe s = STATE[(int) (Thread.currentThread().threadId() & (STRIPES - 1))];
        s.lock.lock();
        try {
            Drbg d = s.drbg();
            if (out.length <= Drbg.MAX_BYTES_PER_REQUEST) {
                d.generate(out, null, false);
                return;
            }
            byte[] chunk = new byte[Drbg.MAX_BYTES_PER_REQUEST];
            for (int off = 0; off < out.length; off += chunk.length) {
                int n = Math.min(chunk.length, out.length - off);
                byte[] part = n == chunk.length ? chunk : new byte[n];
                d.generate(part, null, false);
                System.arraycopy(part, 0, out, off, n);
            }
            java.util.Arrays.fill(chunk, (byte) 0);
        } finally {
            s.lock.unlock();
        }
    }

    private static final class Stripe {
        final ReentrantLock lock = new ReentrantLock();
        final int index;
        Drbg drbg;

        Stripe(int index) {
            this.index = index;
        }

        Drbg drbg() {
            if (drbg == null) {
                byte[] label = "Citadel system DRBG".getBytes(StandardCharsets.US_ASCII);
                byte[] personalization = ByteBuffer.allocate(label.length + 4 + 8 + 8).put(label).putInt(index)
                        .putLong(System.nanoTime()).putLong(ProcessHandle.current().pid()).array();
                drbg = Drbg.instantiate(HashAlgorithm.SHA_512, ENTROPY, false, personalization);
            }
            return drbg;
        }
    }
}
