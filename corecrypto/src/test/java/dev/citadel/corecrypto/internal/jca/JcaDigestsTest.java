package dev.citadel.corecrypto.internal.jca;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.HashAlgorithm;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Digests come from cloned prototypes: each use must still start from a fresh state, on any thread. */
class JcaDigestsTest {

    @Test
    void concurrentDigestsAreIndependent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 2000; i++) {
                        byte[] input = (thread + ":" + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                        byte[] expected = MessageDigest.getInstance("SHA-512").digest(input);
                        byte[] got = JcaDigests.digest(HashAlgorithm.SHA_512, input);
                        assertThat(got).isEqualTo(expected);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : results) {
                assertThat(f.get()).isEqualTo(2000);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDigestLeftHalfUpdatedDoesNotLeakIntoTheNext() {
        MessageDigest first = JcaDigests.newDigest(HashAlgorithm.SHA_256);
        first.update(new byte[] {1, 2, 3}); // never finished
        assertThat(JcaDigests.newDigest(HashAlgorithm.SHA_256).digest())
                .isEqualTo(JcaDigests.digest(HashAlgorithm.SHA_256));
        assertThat(java.util.HexFormat.of().formatHex(JcaDigests.digest(HashAlgorithm.SHA_256)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
