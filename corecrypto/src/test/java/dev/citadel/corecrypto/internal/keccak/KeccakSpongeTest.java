package dev.citadel.corecrypto.internal.keccak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.HashAlgorithm;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Differential check of Citadel's sponge against the JDK: SHA3-256 through {@link KeccakSponge} (domain
 * byte 0x06) must equal the JDK's SHA3-256 for every length around the rate boundaries.
 */
class KeccakSpongeTest {

    @Test
    void sha3ThroughOwnSpongeMatchesTheJdk() {
        SplittableRandom random = new SplittableRandom(7);
        for (int length = 0; length <= 3 * 136 + 2; length++) {
            byte[] msg = new byte[length];
            random.nextBytes(msg);
            assertThat(KeccakXof.SHA3_256_SPONGE.digest(32, msg)).as("length %d", length).isEqualTo(HashAlgorithm.SHA3_256.digest(msg));
        }
    }

    @Test
    void squeezingInPiecesEqualsSqueezingAtOnce() {
        byte[] whole = KeccakXof.SHAKE128.digest(500, new byte[] {1, 2, 3});
        KeccakSponge sponge = new KeccakSponge(168, (byte) 0x1F);
        sponge.absorb(new byte[] {1, 2, 3});
        byte[] a = new byte[167];
        byte[] b = new byte[333];
        sponge.squeeze(a);
        sponge.squeeze(b);
        byte[] joined = new byte[500];
        System.arraycopy(a, 0, joined, 0, 167);
        System.arraycopy(b, 0, joined, 167, 333);
        assertThat(joined).isEqualTo(whole);
    }
}
