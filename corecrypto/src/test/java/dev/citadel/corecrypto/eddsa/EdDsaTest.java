package dev.citadel.corecrypto.eddsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EdDsaTest {

    private static final byte[] MSG = "message".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @EnumSource(EdDsaAlgorithm.class)
    void signVerifyAndReimport(EdDsaAlgorithm alg) {
        try (EdDsaPrivateKey k = EdDsaPrivateKey.generate(alg)) {
            byte[] sig = k.sign(MSG);
            assertThat(sig).hasSize(alg.signatureLength());
            k.publicKey().verify(MSG, sig);
            try (EdDsaPrivateKey again = EdDsaPrivateKey.fromRaw(alg, k.revealRaw(SecretAccess.insecure()))) {
                assertThat(again.publicKey()).isEqualTo(k.publicKey());
                assertThat(again.sign(MSG)).isEqualTo(sig);
            }
            assertThat(EdDsaPublicKey.fromSpki(k.publicKey().spki())).isEqualTo(k.publicKey());
            try (EdDsaPrivateKey fromPkcs8 = EdDsaPrivateKey.fromPkcs8(k.revealPkcs8(SecretAccess.insecure()))) {
                assertThat(fromPkcs8.publicKey()).isEqualTo(k.publicKey());
            }
            sig[0] ^= 1;
            assertThatThrownBy(() -> k.publicKey().verify(MSG, sig))
                    .isInstanceOf(CryptoException.class)
                    .extracting(e -> ((CryptoException) e).reason()).isEqualTo(Reason.INVALID_SIGNATURE);
            assertThat(k.toString()).contains("redacted");
        }
    }
}
