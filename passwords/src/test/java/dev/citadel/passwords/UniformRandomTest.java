package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.passwords.internal.UniformRandomProbe;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** Uniform choices are exactly unbiased: rejection sampling, never a bare modulo. */
class UniformRandomTest {

    /** Replays given bytes, then fails: proves exactly which draws were consumed. */
    static final class Script implements RandomSource {
        final Deque<Integer> bytes = new ArrayDeque<>();

        Script(int... values) {
            for (int v : values) {
                bytes.add(v);
            }
        }

        @Override
        public void nextBytes(byte[] out) {
            for (int i = 0; i < out.length; i++) {
                if (bytes.isEmpty()) {
                    throw new IllegalStateException("script exhausted");
                }
                out[i] = (byte) (int) bytes.poll();
            }
        }
    }

    @Test
    void everyByteValueOnceGivesEveryResultExactlyEquallyOften() {
        // Width 1: 256 draws. For bound 10 a bare modulo would give 0..5 26 times and 6..9 25 times.
        int[] all = new int[256];
        for (int i = 0; i < 256; i++) {
            all[i] = i;
        }
        var uniform = UniformRandomProbe.narrow(new Script(all), 1);
        int[] counts = new int[10];
        int accepted = 0;
        while (true) {
            try {
                counts[uniform.nextInt(10)]++;
                accepted++;
            } catch (IllegalStateException exhausted) {
                break; // the last call consumed 250..255, all rejected, and found no more bytes
            }
        }
        assertThat(accepted).isEqualTo(250);
        assertThat(counts).containsOnly(25);
    }

    @Test
    void drawsInTheRejectionZoneAreDiscarded() {
        // bound 10, width 1: 250..255 rejected; then 13 -> 3.
        assertThat(UniformRandomProbe.narrow(new Script(250, 255, 13), 1).nextInt(10)).isEqualTo(3);
        // Production width 4, bound 3: 2^32 mod 3 = 1, so only 0xFFFFFFFF is rejected.
        Script s = new Script(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe);
        assertThat(new dev.citadel.passwords.internal.UniformRandom(s).nextInt(3)).isEqualTo((int) (0xfffffffeL % 3));
        assertThat(s.bytes).isEmpty();
    }

    @Test
    void boundOfOneNeedsNoRejectionAndBadBoundsAreRefused() {
        var r = new dev.citadel.passwords.internal.UniformRandom(new DeterministicRandom(1));
        assertThat(r.nextInt(1)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
