package dev.citadel.corecrypto.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EcdsaTest {

    private static final byte[] MSG = "message".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @EnumSource(EcCurve.class)
    void signVerifyBothEncodingsAndKeyFormatsRoundTrip(EcCurve curve) {
        try (EcdsaPrivateKey k = EcdsaPrivateKey.generate(curve)) {
            for (EcdsaSignatureEncoding enc : EcdsaSignatureEncoding.values()) {
                for (SignatureHash h : new SignatureHash[] {SignatureHash.SHA_256, SignatureHash.SHA_384, SignatureHash.SHA_512, SignatureHash.SHA3_256}) {
                    k.publicKey().verify(MSG, k.sign(MSG, h, enc), h, enc);
                    k.publicKey().verify(MSG, k.signDeterministic(MSG, h, enc), h, enc);
                }
            }
            try (EcdsaPrivateKey raw = EcdsaPrivateKey.fromRawScalar(curve, k.revealRawScalar(SecretAccess.insecure()));
                    EcdsaPrivateKey pkcs8 = EcdsaPrivateKey.fromPkcs8(k.revealPkcs8(SecretAccess.insecure()));
                    EcdsaPrivateKey x963 = EcdsaPrivateKey.fromX963(curve, k.revealX963(SecretAccess.insecure()))) {
                assertThat(x963.publicKey()).isEqualTo(k.publicKey());
                assertThat(raw.publicKey()).isEqualTo(k.publicKey());
                assertThat(pkcs8.publicKey()).isEqualTo(k.publicKey());
            }
            assertThat(EcdsaPublicKey.fromSpki(k.publicKey().point().spki())).isEqualTo(k.publicKey());
        }
    }

    @Test
    void x963PrivateKeyWithAForeignPointIsInvalidKey() {
        try (EcdsaPrivateKey a = EcdsaPrivateKey.generate(EcCurve.P_256); EcdsaPrivateKey b = EcdsaPrivateKey.generate(EcCurve.P_256)) {
            byte[] mixed = a.revealX963(SecretAccess.insecure());
            System.arraycopy(b.publicKey().point().x963(), 0, mixed, 0, 65);
            assertThat(reason(() -> EcdsaPrivateKey.fromX963(EcCurve.P_256, mixed))).isEqualTo(Reason.INVALID_KEY);
        }
    }

    @Test
    void deterministicSignaturesRepeat() {
        try (EcdsaPrivateKey k = EcdsaPrivateKey.generate(EcCurve.P_256)) {
            assertThat(k.signDeterministic(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.P1363))
                    .isEqualTo(k.signDeterministic(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.P1363));
        }
    }

    @Test
    void derSignatureWithTrailingByteOrNonMinimalIntegerIsInvalidSignature() {
        try (EcdsaPrivateKey k = EcdsaPrivateKey.generate(EcCurve.P_256)) {
            byte[] der = k.sign(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
            byte[] trailing = Arrays.copyOf(der, der.length + 1);
            assertThat(reason(() -> k.publicKey().verify(MSG, trailing, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER))).isEqualTo(Reason.INVALID_SIGNATURE);
            // r with a superfluous leading zero byte: SEQUENCE { INTEGER 00 00 r…, INTEGER s }
            int rLen = der[3];
            byte[] padded = new byte[der.length + 1];
            padded[0] = 0x30;
            padded[1] = (byte) (der[1] + 1);
            padded[2] = 0x02;
            padded[3] = (byte) (rLen + 1);
            padded[4] = 0;
            System.arraycopy(der, 4, padded, 5, der.length - 4);
            assertThat(reason(() -> k.publicKey().verify(MSG, padded, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER))).isEqualTo(Reason.INVALID_SIGNATURE);
        }
    }

    @Test
    void scalarOutOfRangeIsInvalidKey() {
        assertThat(reason(() -> EcdsaPrivateKey.fromRawScalar(EcCurve.P_256, new byte[32]))).isEqualTo(Reason.INVALID_KEY);
        byte[] n = dev.citadel.corecrypto.internal.jca.JcaBytes.fixed(EcCurve.P_256.order(), 32);
        assertThat(reason(() -> EcdsaPrivateKey.fromRawScalar(EcCurve.P_256, n))).isEqualTo(Reason.INVALID_KEY);
    }

    @Test
    void privateKeyIsRedactedAndZeroisedOnClose() {
        EcdsaPrivateKey k = EcdsaPrivateKey.generate(EcCurve.P_256);
        assertThat(k.toString()).contains("redacted").doesNotContain(java.util.HexFormat.of().formatHex(k.revealRawScalar(SecretAccess.insecure())));
        k.close();
        assertThatThrownBy(() -> k.revealRawScalar(SecretAccess.insecure())).isInstanceOfSatisfying(dev.citadel.corecrypto.InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(dev.citadel.corecrypto.CryptoException.Reason.KEY_DESTROYED));
        assertThatThrownBy(() -> k.sign(MSG, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER)).isInstanceOfSatisfying(dev.citadel.corecrypto.InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(dev.citadel.corecrypto.CryptoException.Reason.KEY_DESTROYED));
    }

    @Test
    void revealingSecretsNeedsTheAccessToken() {
        try (EcdsaPrivateKey k = EcdsaPrivateKey.generate(EcCurve.P_256)) {
            assertThatThrownBy(() -> k.revealRawScalar(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    static Reason reason(Runnable r) {
        try {
            r.run();
        } catch (CryptoException e) {
            return e.reason();
        }
        throw new AssertionError("expected a " + InvalidInputException.class.getSimpleName());
    }
}
