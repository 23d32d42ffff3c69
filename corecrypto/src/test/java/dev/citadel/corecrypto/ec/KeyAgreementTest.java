package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.ec.EcdsaTest.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SharedSecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyAgreementTest {

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void ecdhBothSidesAgree(EcCurve curve) {
        try (EcdhPrivateKey a = EcdhPrivateKey.generate(curve); EcdhPrivateKey b = EcdhPrivateKey.generate(curve);
                SharedSecret ab = a.agree(b.publicKey()); SharedSecret ba = b.agree(a.publicKey())) {
            assertThat(ab.equalsSecret(ba)).isTrue();
            assertThat(ab.length()).isEqualTo(curve.coordinateLength());
            assertThat(ab.toString()).contains("redacted");
        }
    }

    @Test
    void ecdhPeerOnAnotherCurveIsInvalidKey() {
        try (EcdhPrivateKey a = EcdhPrivateKey.generate(EcCurve.P_256); EcdhPrivateKey b = EcdhPrivateKey.generate(EcCurve.P_384)) {
            assertThat(reason(() -> a.agree(b.publicKey()))).isEqualTo(Reason.INVALID_KEY);
        }
    }

    @ParameterizedTest
    @EnumSource(XdhAlgorithm.class)
    void xdhBothSidesAgree(XdhAlgorithm alg) {
        try (XdhPrivateKey a = XdhPrivateKey.generate(alg); XdhPrivateKey b = XdhPrivateKey.generate(alg);
                SharedSecret ab = a.agree(b.publicKey()); SharedSecret ba = b.agree(a.publicKey())) {
            assertThat(ab.equalsSecret(ba)).isTrue();
            assertThat(XdhPublicKey.fromSpki(a.publicKey().spki())).isEqualTo(a.publicKey());
            try (XdhPrivateKey again = XdhPrivateKey.fromPkcs8(a.revealPkcs8(dev.citadel.corecrypto.SecretAccess.insecure()))) {
                assertThat(again.publicKey()).isEqualTo(a.publicKey());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(XdhAlgorithm.class)
    void xdhSmallOrderPeerIsSmallOrder(XdhAlgorithm alg) {
        byte[] zeroPoint = new byte[alg.keyLength()]; // u = 0 has order 1 on both curves
        try (XdhPrivateKey a = XdhPrivateKey.generate(alg)) {
            assertThat(reason(() -> a.agree(XdhPublicKey.fromRaw(alg, zeroPoint)))).isEqualTo(Reason.SMALL_ORDER);
        }
    }
}
