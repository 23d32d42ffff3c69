package dev.citadel.corecrypto.internal.drbg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.testing.SelfTestHooks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SP 800-90A §9 policy (reseed interval, prediction resistance, limits) and SP 800-90B §4.4 health tests. */
class DrbgTest {

    /** A source that counts its calls and returns distinct bytes. */
    private static final class CountingSource implements EntropySource {
        final AtomicInteger calls = new AtomicInteger();
        final List<Integer> requested = new ArrayList<>();

        @Override
        public byte[] entropy(int bits) {
            int n = calls.incrementAndGet();
            requested.add(bits);
            byte[] b = new byte[bits / 8];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (i * 31 + n);
            }
            return b;
        }
    }

    @AfterEach
    void restart() {
        SelfTestHooks.restart();
    }

    @Test
    void powerOnTestsIncludeTheDrbgKnownAnswerTests() {
        assertThat(DrbgSelfTests.all()).allMatch(DrbgSelfTests.KnownAnswerTest::passes);
        assertThat(SelfTest.run().algorithms()).contains("HMAC_DRBG SHA-256", "HMAC_DRBG SHA-512");
    }

    @Test
    @DisplayName("§9.1: entropy of the full security strength and a nonce of half of it")
    void instantiateRequestsStrengthAndNonce() {
        CountingSource source = new CountingSource();
        try (Drbg d = Drbg.instantiate(HashAlgorithm.SHA_512, source, false, new byte[0])) {
            assertThat(source.requested).containsExactly(256, 128);
            assertThat(d.reseedCounter()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("§9.3.1: prediction resistance reseeds from the source before every request")
    void predictionResistanceReseedsEveryRequest() {
        CountingSource source = new CountingSource();
        try (Drbg d = Drbg.instantiate(HashAlgorithm.SHA_256, source, true, new byte[0])) {
            d.generate(new byte[32], null, true);
            d.generate(new byte[32], new byte[] {1}, false);
            assertThat(source.calls).hasValue(4);
        }
        try (Drbg d = Drbg.instantiate(HashAlgorithm.SHA_256, source, false, new byte[0])) {
            assertThatThrownBy(() -> d.generate(new byte[1], null, true)).isInstanceOf(CryptoException.class)
                    .extracting(e -> ((CryptoException) e).reason()).isEqualTo(Reason.INVALID_INPUT);
        }
    }

    @Test
    @DisplayName("§9.3.1 step 7: a reseed counter past RESEED_INTERVAL forces a reseed")
    void reseedCounterLimit() throws Exception {
        CountingSource source = new CountingSource();
        try (Drbg d = Drbg.instantiate(HashAlgorithm.SHA_256, source, false, new byte[0])) {
            d.generate(new byte[1], null, false);
            assertThat(d.reseedCounter()).isEqualTo(2);
            var field = Drbg.class.getDeclaredField("state");
            field.setAccessible(true);
            var counter = HmacDrbg.class.getDeclaredField("reseedCounter");
            counter.setAccessible(true);
            counter.setLong(field.get(d), Drbg.RESEED_INTERVAL + 1);
            d.generate(new byte[1], null, false);
            assertThat(source.calls).hasValue(3);
            assertThat(d.reseedCounter()).isEqualTo(2);
        }
    }

    @Test
    void limitsAndUseAfterClose() {
        Drbg d = Drbg.instantiate(HashAlgorithm.SHA_256, new CountingSource(), false, new byte[0]);
        assertThatThrownBy(() -> d.generate(new byte[Drbg.MAX_BYTES_PER_REQUEST + 1], null, false))
                .extracting(e -> ((CryptoException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED);
        d.close();
        assertThatThrownBy(() -> d.generate(new byte[1], null, false))
                .extracting(e -> ((CryptoException) e).reason()).isEqualTo(Reason.KEY_DESTROYED);
    }

    @Test
    void closeZeroisesTheWorkingState() {
        HmacDrbg s = new HmacDrbg(HashAlgorithm.SHA_256, new byte[32], new byte[16], new byte[0]);
        s.generate(new byte[8], null);
        assertThat(s.isZeroised()).isFalse();
        s.close();
        assertThat(s.isZeroised()).isTrue();
    }

    @Test
    void systemRandomServesLargeAndConcurrentRequests() throws Exception {
        byte[] big = RandomSource.system().bytes(3 * Drbg.MAX_BYTES_PER_REQUEST + 5);
        assertThat(big[big.length - 1] | big[big.length - 2] | big[big.length - 3]).isNotZero();
        List<Thread> threads = new ArrayList<>();
        List<byte[]> outputs = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 32; i++) {
            threads.add(Thread.ofVirtual().start(() -> outputs.add(RandomSource.system().bytes(32))));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(outputs).hasSize(32).doesNotHaveDuplicates();
        assertThat(outputs.stream().map(java.util.HexFormat.of()::formatHex).distinct()).hasSize(32);
    }

    @Nested
    @DisplayName("SP 800-90B §4.4 continuous health tests on the entropy input")
    class HealthTests {

        @Test
        void healthySourcePasses() {
            HealthTestedEntropy e = new HealthTestedEntropy(out -> new java.security.SecureRandom().nextBytes(out));
            assertThat(e.entropy(256)).hasSize(256);
        }

        @Test
        @DisplayName("§4.4.1 repetition count: a stuck source fails and enters the error state")
        void stuckSourceFails() {
            HealthTestedEntropy e = new HealthTestedEntropy(out -> java.util.Arrays.fill(out, (byte) 0x42));
            assertThatThrownBy(() -> e.entropy(256)).isInstanceOf(CryptoException.class)
                    .extracting(x -> ((CryptoException) x).reason()).isEqualTo(Reason.ENTROPY_SOURCE_FAILED);
            assertThat(SelfTest.run().passed()).isFalse();
            assertThatThrownBy(() -> RandomSource.system().bytes(1)).isInstanceOf(SelfTest.SelfTestFailedException.class);
        }

        @Test
        @DisplayName("§4.4.2 adaptive proportion: a heavily biased source without long runs fails")
        void biasedSourceFails() {
            // 0x00 on two of every three samples: never 21 in a row, but ~341 per 512-sample window.
            AtomicInteger i = new AtomicInteger();
            HealthTestedEntropy e = new HealthTestedEntropy(out -> {
                for (int k = 0; k < out.length; k++) {
                    out[k] = (byte) (i.getAndIncrement() % 3 == 2 ? 1 + (k & 0x7f) : 0);
                }
            });
            assertThatThrownBy(() -> e.entropy(256)).extracting(x -> ((CryptoException) x).reason())
                    .isEqualTo(Reason.ENTROPY_SOURCE_FAILED);
        }
    }
}
