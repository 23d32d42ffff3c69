package dev.citadel.corecrypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.agreement.kdf.ConcatenationKDFGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SP 800-56C one-step KDF (hash option): no public vectors in the shared set, so it is cross-checked
 * against an independent implementation, BouncyCastle's {@code ConcatenationKDFGenerator}, on random
 * inputs; X9.63 (proven by ACVP) is also cross-checked against BouncyCastle's KDF2 generator.
 */
class OneStepKdfTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(20260101);

    @Test
    @DisplayName("SP 800-56C §4.1 option 1 agrees with BouncyCastle ConcatenationKDFGenerator")
    void agreesWithBouncyCastle() {
        check(HashAlgorithm.SHA_256, new SHA256Digest());
        check(HashAlgorithm.SHA_384, new SHA384Digest());
        check(HashAlgorithm.SHA_512, new SHA512Digest());
        check(HashAlgorithm.SHA3_256, new SHA3Digest(256));
    }

    private static void check(HashAlgorithm hash, Digest digest) {
        for (int i = 0; i < 50; i++) {
            byte[] z = bytes(1 + RANDOM.nextInt(80));
            byte[] info = bytes(RANDOM.nextInt(40));
            int length = 1 + RANDOM.nextInt(200);
            byte[] want = new byte[length];
            ConcatenationKDFGenerator bc = new ConcatenationKDFGenerator(digest);
            bc.init(new KDFParameters(z, info));
            bc.generateBytes(want, 0, length);
            byte[] got = OneStepKdf.derive(hash, SecretKeyMaterial.copyOf(z, SecretAccess.insecure()), info, length)
                    .reveal(SecretAccess.insecure());
            assertThat(HexFormat.of().formatHex(got)).as("%s case %d", hash, i).isEqualTo(HexFormat.of().formatHex(want));

            byte[] x963 = new byte[length];
            KDF2BytesGenerator kdf2 = new KDF2BytesGenerator(digest);
            kdf2.init(new KDFParameters(z, info));
            kdf2.generateBytes(x963, 0, length);
            assertThat(X963Kdf.derive(hash, SecretKeyMaterial.copyOf(z, SecretAccess.insecure()), info, length)
                    .reveal(SecretAccess.insecure())).isEqualTo(x963);
        }
    }

    @Test
    void selfTestValueIsReproduced() {
        byte[] z = HexFormat.of().parseHex("BE7186293D8CA6529FC519E67B16A0B785FA3DC050C1139E11091FE3");
        byte[] want = new byte[40];
        ConcatenationKDFGenerator bc = new ConcatenationKDFGenerator(new SHA256Digest());
        bc.init(new KDFParameters(z, "citadel".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        bc.generateBytes(want, 0, 40);
        assertThat(HexFormat.of().formatHex(want))
                .isEqualTo("ae2f11a46eaeb2567bca24a866e7c6b985fd9308e5af671359077f1b161e005a16bb881b76a96973");
    }

    @Test
    void refusesZeroAndHugeOutput() {
        SecretKeyMaterial z = SecretKeyMaterial.copyOf(new byte[32], SecretAccess.insecure());
        assertThatThrownBy(() -> OneStepKdf.derive(HashAlgorithm.SHA_256, z, new byte[0], 0))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.INVALID_OUTPUT_LENGTH));
        assertThatThrownBy(() -> X963Kdf.derive(HashAlgorithm.SHA_256, z, new byte[0], OneStepKdf.MAX_OUTPUT_LENGTH + 1))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.INVALID_OUTPUT_LENGTH));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
