package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.cipher.AesCbc;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.kdf.Hkdf;
import dev.citadel.corecrypto.kdf.Pbkdf2;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class SelfTestTest {

    @Test
    void powerOnSelfTestPasses() {
        SelfTest.Result result = SelfTest.run();
        assertThat(result.failure()).isNull();
        assertThat(result.passed()).isTrue();
        assertThat(result.algorithms()).contains("SHA-256", "SHA3-512", "SHAKE-128", "HMAC-SHA-512/256", "AES-CMAC",
                "HKDF-SHA-256", "PBKDF2-HMAC-SHA-256", "AES-GCM-SIV seal", "AES-GCM-SIV open", "XCHACHA20-POLY1305 open",
                "AES-KWP unwrap", "AES-128 CTR", "ECDSA P-256", "ECDH P-256", "Ed25519", "X25519", "RSA PKCS#1 v1.5",
                "ML-KEM-768", "ML-DSA-65", "HMAC_DRBG SHA-256", "HMAC_DRBG SHA-512");
    }

    @Test
    void everyAlgorithmHasAKnownAnswerTestWithASource() {
        List<KnownAnswerTest> kats = KnownAnswerTests.all();
        for (HashAlgorithm h : HashAlgorithm.values()) {
            assertThat(kats).as("KAT for %s", h).anyMatch(k -> canonical(k.algorithm()).equals(canonical(h.name())));
        }
        for (MacAlgorithm m : MacAlgorithm.values()) {
            assertThat(kats).as("KAT for %s", m).anyMatch(k -> canonical(k.algorithm()).equals(canonical(m.name())));
        }
        for (Aead a : Aead.values()) {
            assertThat(kats).as("KAT for %s", a).anyMatch(k -> k.algorithm().equals(a.name().replace('_', '-') + " open"));
        }
        assertThat(SelfTest.powerOnTests()).allSatisfy(k -> assertThat(k.source()).isNotBlank())
                .extracting(KnownAnswerTest::algorithm).doesNotHaveDuplicates();
    }

    /** "HMAC-SHA-512/224" and HMAC_SHA512_224 both become "HMACSHA512224". */
    private static String canonical(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void aFailingKnownAnswerTestPutsTheModuleInTheErrorState() {
        KnownAnswerTest broken = new KnownAnswerTest("SHA-256", "deliberately wrong", () -> new byte[] {1}, "00");
        KnownAnswerTest throwing = new KnownAnswerTest("AES", "throws", () -> { throw new IllegalStateException(); }, "00");
        SelfTest.Result r = SelfTest.execute(List.of(broken, throwing));
        assertThat(r.passed()).isFalse();
        assertThat(r.failure()).contains("SHA-256 (deliberately wrong)", "AES (throws)");
    }

    @Test
    void constantTimeEqualDistinguishesLastByte() {
        assertThat(ConstantTime.equal(new byte[] {1, 2, 3}, new byte[] {1, 2, 3})).isTrue();
        assertThat(ConstantTime.equal(new byte[] {1, 2, 3}, new byte[] {1, 2, 4})).isFalse();
        assertThat(ConstantTime.equal(new byte[] {1, 2}, new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void randomBytesDiffer() {
        byte[] a = RandomSource.system().bytes(32);
        byte[] b = RandomSource.system().bytes(32);
        assertThat(a).hasSize(32).isNotEqualTo(b);
    }
}
