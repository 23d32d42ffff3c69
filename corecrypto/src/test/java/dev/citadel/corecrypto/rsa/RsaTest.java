package dev.citadel.corecrypto.rsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RsaTest {

    private static final byte[] MSG = "message".getBytes(StandardCharsets.US_ASCII);
    private static RsaPrivateKey key;

    @BeforeAll
    static void generate() {
        key = RsaPrivateKey.generate(2048);
    }

    @AfterAll
    static void close() {
        key.close();
    }

    @Test
    void pssPkcs1AndOaepRoundTrip() {
        RsaPssParameters pss = new RsaPssParameters(SignatureHash.SHA_384, SignatureHash.SHA_256, 20);
        key.publicKey().verifyPss(MSG, key.signPss(MSG, pss), pss);
        key.publicKey().verifyPkcs1(MSG, key.signPkcs1(MSG, SignatureHash.SHA_256), SignatureHash.SHA_256);
        RsaOaepParameters oaep = RsaOaepParameters.of(SignatureHash.SHA_256);
        byte[] label = {1, 2, 3};
        assertThat(key.decryptOaep(key.publicKey().encryptOaep(MSG, label, oaep), label, oaep)).isEqualTo(MSG);
    }

    @Test
    void wrongParametersFailWithTheirReason() {
        RsaPssParameters pss = RsaPssParameters.of(SignatureHash.SHA_256);
        byte[] sig = key.signPss(MSG, pss);
        assertThat(reason(() -> key.publicKey().verifyPss(MSG, sig, new RsaPssParameters(SignatureHash.SHA_256, SignatureHash.SHA_256, 0)))).isEqualTo(Reason.INVALID_SIGNATURE);
        RsaOaepParameters oaep = RsaOaepParameters.of(SignatureHash.SHA_256);
        byte[] ct = key.publicKey().encryptOaep(MSG, new byte[0], oaep);
        assertThat(reason(() -> key.decryptOaep(ct, new byte[0], new RsaOaepParameters(SignatureHash.SHA_256, SignatureHash.SHA_384)))).isEqualTo(Reason.INVALID_CIPHERTEXT);
        assertThat(reason(() -> key.decryptOaep(ct, new byte[] {9}, oaep))).isEqualTo(Reason.INVALID_CIPHERTEXT);
    }

    @Test
    void keyEncodingsRoundTrip() {
        RsaPublicKey pub = key.publicKey();
        assertThat(RsaPublicKey.fromSpki(pub.spki())).isEqualTo(pub);
        assertThat(RsaPublicKey.fromPkcs1(pub.pkcs1())).isEqualTo(pub);
        try (RsaPrivateKey again = RsaPrivateKey.fromPkcs8(key.revealPkcs8(SecretAccess.insecure()))) {
            assertThat(again.publicKey()).isEqualTo(pub);
        }
    }

    @Test
    void smallKeysAreRefused() {
        assertThat(reason(() -> RsaPrivateKey.generate(1024))).isEqualTo(Reason.UNSUPPORTED_PARAMETERS);
    }

    @Test
    void redactedAndClosed() {
        RsaPrivateKey k = RsaPrivateKey.generate(2048);
        assertThat(k.toString()).contains("redacted");
        k.close();
        assertThatThrownBy(() -> k.signPkcs1(MSG, SignatureHash.SHA_256)).isInstanceOfSatisfying(dev.citadel.corecrypto.InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(dev.citadel.corecrypto.CryptoException.Reason.KEY_DESTROYED));
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
