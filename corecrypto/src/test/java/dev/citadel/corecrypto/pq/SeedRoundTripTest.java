package dev.citadel.corecrypto.pq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.SecretAccess;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Seed-form keys: the revealed seed rebuilds the same key, and importing leaves the caller's array alone. */
class SeedRoundTripTest {

    @Test
    void mlDsaSeedRoundTrips() {
        byte[] seed = new byte[MlDsaParameterSet.SEED_LENGTH];
        Arrays.fill(seed, (byte) 5);
        try (MlDsaPrivateKey k = MlDsaPrivateKey.fromSeed(MlDsaParameterSet.ML_DSA_65, seed)) {
            assertThat(seed).containsOnly((byte) 5);
            assertThat(k.revealSeed(SecretAccess.insecure())).hasValue(seed);
        }
        try (MlDsaPrivateKey g = MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_44);
                MlDsaPrivateKey again = MlDsaPrivateKey.fromSeed(MlDsaParameterSet.ML_DSA_44, g.revealSeed(SecretAccess.insecure()).orElseThrow())) {
            assertThat(again.publicKey().bytes()).isEqualTo(g.publicKey().bytes());
        }
    }

    @Test
    void mlKemSeedRoundTrips() {
        byte[] seed = new byte[MlKemParameterSet.SEED_LENGTH];
        Arrays.fill(seed, (byte) 7);
        try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(MlKemParameterSet.ML_KEM_768, seed)) {
            assertThat(seed).containsOnly((byte) 7);
            assertThat(k.revealSeed(SecretAccess.insecure())).hasValue(seed);
        }
    }
}
