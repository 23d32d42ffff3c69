package dev.citadel.corecrypto.pq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PostQuantumTest {

    private static final byte[] MSG = "message".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @EnumSource(MlKemParameterSet.class)
    void mlKemRoundTripAndSeedReimport(MlKemParameterSet ps) {
        try (MlKemPrivateKey k = MlKemPrivateKey.generate(ps); MlKemEncapsulation e = k.publicKey().encapsulate();
                SharedSecret s = k.decapsulate(e.ciphertext())) {
            assertThat(s.equalsSecret(e.sharedSecret())).isTrue();
            byte[] seed = k.revealSeed(SecretAccess.insecure()).orElseThrow();
            try (MlKemPrivateKey again = MlKemPrivateKey.fromSeed(ps, seed);
                    MlKemPrivateKey expanded = MlKemPrivateKey.fromExpanded(ps, k.revealExpanded(SecretAccess.insecure()))) {
                assertThat(again.publicKey()).isEqualTo(k.publicKey());
                assertThat(expanded.publicKey()).isEqualTo(k.publicKey());
                assertThat(expanded.revealSeed(SecretAccess.insecure())).isEmpty();
            }
            assertThat(reason(() -> k.decapsulate(new byte[ps.ciphertextLength() - 1]))).isEqualTo(Reason.INVALID_CIPHERTEXT);
        }
    }

    @ParameterizedTest
    @EnumSource(MlDsaParameterSet.class)
    void mlDsaSigningModes(MlDsaParameterSet ps) {
        byte[] ctx = "ctx".getBytes(StandardCharsets.US_ASCII);
        try (MlDsaPrivateKey k = MlDsaPrivateKey.generate(ps)) {
            MlDsaPublicKey pub = k.publicKey();
            pub.verify(MSG, k.sign(MSG));
            pub.verify(MSG, ctx, k.sign(MSG, ctx));
            assertThat(k.signDeterministic(MSG, ctx)).isEqualTo(k.signDeterministic(MSG, ctx));
            assertThat(k.sign(MSG, ctx)).isNotEqualTo(k.sign(MSG, ctx));
            assertThat(reason(() -> pub.verify(MSG, k.sign(MSG, ctx)))).isEqualTo(Reason.INVALID_SIGNATURE);
            assertThat(reason(() -> k.sign(MSG, new byte[256]))).isEqualTo(Reason.UNSUPPORTED_PARAMETERS);
            try (MlDsaPrivateKey again = MlDsaPrivateKey.fromSeed(ps, k.revealSeed(SecretAccess.insecure()).orElseThrow());
                    MlDsaPrivateKey expanded = MlDsaPrivateKey.fromExpanded(ps, k.revealExpanded(SecretAccess.insecure()))) {
                assertThat(again.publicKey()).isEqualTo(pub);
                assertThat(expanded.publicKey()).isEqualTo(pub);
            }
            assertThat(k.toString()).contains("redacted");
        }
    }

    @ParameterizedTest
    @EnumSource(MlDsaParameterSet.class)
    void closedKeysRefuse(MlDsaParameterSet ps) {
        MlDsaPrivateKey k = MlDsaPrivateKey.generate(ps);
        k.close();
        assertThatThrownBy(() -> k.sign(MSG)).isInstanceOfSatisfying(dev.citadel.corecrypto.InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(dev.citadel.corecrypto.CryptoException.Reason.KEY_DESTROYED));
    }

    private static Reason reason(Runnable r) {
        try {
            r.run();
        } catch (CryptoException e) {
            return e.reason();
        }
        throw new AssertionError("no exception");
    }
}
