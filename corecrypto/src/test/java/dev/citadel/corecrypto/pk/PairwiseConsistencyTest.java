package dev.citadel.corecrypto.pk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoProfile;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.internal.testing.SelfTestHooks;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FIPS 140-3 IG 10.3.A: every key-pair generation runs a pairwise consistency test; a failure discards the
 * key and puts the module into the error state (a failed conditional self-test).
 */
class PairwiseConsistencyTest {

    @AfterEach
    void restart() {
        SelfTestHooks.restart();
    }

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("ECDSA", (Supplier<AutoCloseable>) () -> EcdsaPrivateKey.generate(EcCurve.P_256)),
                Arguments.of("ECDH", (Supplier<AutoCloseable>) () -> EcdhPrivateKey.generate(EcCurve.P_384)),
                Arguments.of("ED25519", (Supplier<AutoCloseable>) () -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519)),
                Arguments.of("ED448", (Supplier<AutoCloseable>) () -> EdDsaPrivateKey.generate(EdDsaAlgorithm.ED448)),
                Arguments.of("X25519", (Supplier<AutoCloseable>) () -> XdhPrivateKey.generate(XdhAlgorithm.X25519)),
                Arguments.of("X448", (Supplier<AutoCloseable>) () -> XdhPrivateKey.generate(XdhAlgorithm.X448)),
                Arguments.of("RSA", (Supplier<AutoCloseable>) () -> RsaPrivateKey.generate(2048)),
                Arguments.of("ML_KEM_768", (Supplier<AutoCloseable>) () -> MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768)),
                Arguments.of("ML_DSA_65", (Supplier<AutoCloseable>) () -> MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_65)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    @DisplayName("generation passes its PCT; a failed PCT refuses with PAIRWISE_CONSISTENCY_FAILED and enters the error state")
    @SuppressWarnings("try") // the injection handle is used only for its close()
    void generationRunsPct(String algorithm, Supplier<AutoCloseable> generate) throws Exception {
        try (AutoCloseable key = generate.get()) {
            assertThat(key).isNotNull();
        }
        try (PairwiseConsistency.Injection ignored = SelfTestHooks.injectPctFailure(algorithm)) {
            assertThatThrownBy(generate::get)
                    .isInstanceOf(ModuleErrorException.class)
                    .extracting(e -> ((CryptoException) e).reason())
                    .isEqualTo(CryptoException.Reason.PAIRWISE_CONSISTENCY_FAILED);
        }
        // The injection is gone, but the module stays in the error state: every service refuses.
        assertThat(SelfTest.run().passed()).isFalse();
        assertThat(SelfTest.run().failure()).contains("pairwise consistency test failed for a new " + algorithm);
        assertThatThrownBy(generate::get).isInstanceOfSatisfying(SelfTest.SelfTestFailedException.class,
                e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.SELF_TEST_FAILED));
        assertThatThrownBy(() -> HashAlgorithm.SHA_256.digest(new byte[1])).isInstanceOf(SelfTest.SelfTestFailedException.class);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("asking for the FIPS 140-3 profile enters the approved mode, where ECDSA generation also signs and verifies")
    @SuppressWarnings("try")
    void fipsProfileEntersTheApprovedMode() throws Exception {
        SelfTestHooks.restart();
        assertThat(ModuleState.approvedMode()).as("the standard mode until the FIPS profile is asked for").isFalse();
        CryptoProfile.fips140();
        assertThat(ModuleState.approvedMode()).isTrue();
        CryptoProfile.standard();
        assertThat(ModuleState.approvedMode()).as("the approved mode is never left").isTrue();
        try (EcdsaPrivateKey key = EcdsaPrivateKey.generate(EcCurve.P_384)) {
            assertThat(key.publicKey()).isNotNull();
        }
        try (PairwiseConsistency.Injection ignored = SelfTestHooks.injectPctFailure("ECDSA")) {
            assertThatThrownBy(() -> EcdsaPrivateKey.generate(EcCurve.P_256))
                    .isInstanceOfSatisfying(ModuleErrorException.class,
                            e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.PAIRWISE_CONSISTENCY_FAILED));
        }
    }
}
