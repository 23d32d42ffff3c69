package dev.citadel.cryptokit.hpke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.SymmetricKeySize;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HpkeTest {

    private static final byte[] INFO = "app v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PSK_ID = "psk-1".getBytes(StandardCharsets.UTF_8);
    private static final List<KemId> KEMS = List.of(KemId.DHKEM_P256_HKDF_SHA256, KemId.DHKEM_P384_HKDF_SHA384, KemId.DHKEM_P521_HKDF_SHA512,
            KemId.DHKEM_X25519_HKDF_SHA256, KemId.ML_KEM_768, KemId.ML_KEM_1024, KemId.X_WING);
    private static final List<KdfId> KDFS = List.of(KdfId.HKDF_SHA256, KdfId.HKDF_SHA384, KdfId.HKDF_SHA512);
    private static final List<AeadId> AEADS = List.of(AeadId.AES_128_GCM, AeadId.AES_256_GCM, AeadId.CHACHA20_POLY1305);

    static Stream<Arguments> suitesAndModes() {
        return KEMS.stream().flatMap(kem -> Stream.of(Mode.values())
                .filter(m -> !(m == Mode.AUTH || m == Mode.AUTH_PSK) || Kem.of(kem).supportsAuth())
                .map(m -> Arguments.of(new Ciphersuite(kem, KDFS.get(kem.value() % 3), AEADS.get(m.ordinal() % 3)), m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("suitesAndModes")
    void everyModeRoundTripsAndExportsAgree(Ciphersuite suite, Mode mode) {
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.generate(suite.kem()); HPKE.PrivateKey skS = HPKE.PrivateKey.generate(suite.kem());
                SymmetricKey psk = SymmetricKey.generate(SymmetricKeySize.BITS_256)) {
            boolean usePsk = mode == Mode.PSK || mode == Mode.AUTH_PSK;
            boolean auth = mode == Mode.AUTH || mode == Mode.AUTH_PSK;
            try (HPKE.Sender s = HPKE.Sender.create(suite, mode, skR.publicKey(), INFO, usePsk ? psk : null, usePsk ? PSK_ID : new byte[0],
                    auth ? skS : null, dev.citadel.cryptokit.RandomSource.system())) {
                byte[] enc = s.encapsulatedKey();
                byte[] c0 = s.seal("zero".getBytes(StandardCharsets.UTF_8), new byte[0]);
                byte[] c1 = s.seal("one".getBytes(StandardCharsets.UTF_8), INFO);
                HPKE.Recipient r = switch (mode) {
                    case BASE -> HPKE.Recipient.base(suite, skR, INFO, enc);
                    case PSK -> HPKE.Recipient.psk(suite, skR, INFO, enc, psk, PSK_ID);
                    case AUTH -> HPKE.Recipient.auth(suite, skR, INFO, enc, skS.publicKey());
                    case AUTH_PSK -> HPKE.Recipient.authPsk(suite, skR, INFO, enc, skS.publicKey(), psk, PSK_ID);
                };
                try (r) {
                    assertReason(() -> r.open(c1, INFO), Reason.AUTHENTICATION_FAILURE); // out of order: seq 0 expected
                    assertThat(new String(r.open(c0, new byte[0]), StandardCharsets.UTF_8)).isEqualTo("zero");
                    assertThat(new String(r.open(c1, INFO), StandardCharsets.UTF_8)).isEqualTo("one");
                    try (SymmetricKey a = s.export(INFO, 42); SymmetricKey b = r.export(INFO, 42)) {
                        assertThat(a).isEqualTo(b);
                    }
                }
            }
        }
    }

    @Test
    void singleShotAndExportOnly() {
        Ciphersuite suite = Ciphersuite.XWING_SHA256_AES_GCM_256;
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.generate(suite.kem())) {
            HPKE.Message m = HPKE.seal(suite, skR.publicKey(), INFO, "hi".getBytes(StandardCharsets.UTF_8), INFO);
            assertThat(HPKE.open(suite, skR, INFO, m.encapsulatedKey(), m.ciphertext(), INFO)).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
            assertReason(() -> HPKE.open(suite, skR, INFO, m.encapsulatedKey(), m.ciphertext(), new byte[0]), Reason.AUTHENTICATION_FAILURE);

            Ciphersuite exportOnly = new Ciphersuite(KemId.DHKEM_X25519_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.EXPORT_ONLY);
            try (HPKE.PrivateKey k = HPKE.PrivateKey.generate(exportOnly.kem()); HPKE.Sender s = HPKE.Sender.base(exportOnly, k.publicKey(), INFO);
                    HPKE.Recipient r = HPKE.Recipient.base(exportOnly, k, INFO, s.encapsulatedKey())) {
                assertReason(() -> s.seal(new byte[1], new byte[0]), Reason.UNSUPPORTED_ALGORITHM);
                assertThat(s.export(new byte[0], 32)).isEqualTo(r.export(new byte[0], 32));
                assertReason(() -> s.export(new byte[0], 255 * 32 + 1), Reason.INCORRECT_PARAMETER_SIZE);
            }
        }
    }

    @Test
    void cryptokitKeysAdaptToHpkeKeys() {
        byte[] pt = "adapted".getBytes(StandardCharsets.UTF_8);
        try (dev.citadel.cryptokit.P256.KeyAgreement.PrivateKey p256 = dev.citadel.cryptokit.P256.KeyAgreement.PrivateKey.generate();
                HPKE.PrivateKey sk = HPKE.PrivateKey.of(p256, dev.citadel.cryptokit.SecretAccess.insecure())) {
            HPKE.Message m = HPKE.seal(Ciphersuite.P256_SHA256_AES_GCM_256, HPKE.PublicKey.of(p256.publicKey()), INFO, pt, new byte[0]);
            assertThat(HPKE.open(Ciphersuite.P256_SHA256_AES_GCM_256, sk, INFO, m.encapsulatedKey(), m.ciphertext(), new byte[0])).isEqualTo(pt);
        }
        try (dev.citadel.cryptokit.XWing.PrivateKey xw = dev.citadel.cryptokit.XWing.PrivateKey.generate();
                HPKE.PrivateKey sk = HPKE.PrivateKey.of(xw, dev.citadel.cryptokit.SecretAccess.insecure())) {
            assertThat(sk.publicKey()).isEqualTo(HPKE.PublicKey.of(xw.publicKey()));
        }
        try (dev.citadel.cryptokit.MLKEM1024.PrivateKey mk = dev.citadel.cryptokit.MLKEM1024.PrivateKey.generate();
                HPKE.PrivateKey sk = HPKE.PrivateKey.of(mk, dev.citadel.cryptokit.SecretAccess.insecure());
                dev.citadel.cryptokit.Curve25519.KeyAgreement.PrivateKey x = dev.citadel.cryptokit.Curve25519.KeyAgreement.PrivateKey.generate();
                HPKE.PrivateKey xk = HPKE.PrivateKey.of(x, dev.citadel.cryptokit.SecretAccess.insecure())) {
            assertThat(sk.publicKey()).isEqualTo(HPKE.PublicKey.of(mk.publicKey()));
            assertThat(xk.publicKey()).isEqualTo(HPKE.PublicKey.of(x.publicKey()));
        }
    }

    @Test
    void sequenceNumberOverflowIsRefused() {
        try (HPKE.PrivateKey k = HPKE.PrivateKey.generate(KemId.DHKEM_X25519_HKDF_SHA256);
                HPKE.Sender s = HPKE.Sender.base(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, k.publicKey(), INFO)) {
            s.context.sequenceForTest(Context.MAX_SEQUENCE - 1);
            s.seal(new byte[0], new byte[0]);
            assertReason(() -> s.seal(new byte[0], new byte[0]), Reason.SEQUENCE_OVERFLOW);
        }
    }

    @Test
    void badInputsCarryReasons() {
        try (HPKE.PrivateKey x = HPKE.PrivateKey.generate(KemId.DHKEM_X25519_HKDF_SHA256); HPKE.PrivateKey mlkem = HPKE.PrivateKey.generate(KemId.ML_KEM_768);
                SymmetricKey shortPsk = SymmetricKey.generate(SymmetricKeySize.BITS_128)) {
            Ciphersuite mlSuite = new Ciphersuite(KemId.ML_KEM_768, KdfId.HKDF_SHA256, AeadId.AES_128_GCM);
            assertReason(() -> HPKE.Sender.auth(mlSuite, mlkem.publicKey(), INFO, mlkem), Reason.UNSUPPORTED_ALGORITHM);
            assertReason(() -> HPKE.Sender.base(mlSuite, x.publicKey(), INFO), Reason.INVALID_KEY);
            assertReason(() -> HPKE.Sender.psk(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, x.publicKey(), INFO, shortPsk, PSK_ID), Reason.INCORRECT_KEY_SIZE);
            assertReason(() -> HPKE.Sender.base(new Ciphersuite(KemId.of(0x0021), KdfId.HKDF_SHA256, AeadId.AES_128_GCM), x.publicKey(), INFO),
                    Reason.UNSUPPORTED_ALGORITHM);
            assertReason(() -> HPKE.Sender.base(new Ciphersuite(KemId.DHKEM_X25519_HKDF_SHA256, KdfId.of(0x0004), AeadId.AES_128_GCM), x.publicKey(), INFO),
                    Reason.UNSUPPORTED_ALGORITHM);
            assertReason(() -> HPKE.PublicKey.of(KemId.DHKEM_P256_HKDF_SHA256, new byte[65]), Reason.INVALID_ENCODING);
            byte[] notOnCurve = new byte[65];
            notOnCurve[0] = 4;
            notOnCurve[64] = 1;
            assertReason(() -> HPKE.PublicKey.of(KemId.DHKEM_P256_HKDF_SHA256, notOnCurve), Reason.INVALID_POINT);
            assertReason(() -> HPKE.PublicKey.of(KemId.DHKEM_X25519_HKDF_SHA256, new byte[33]), Reason.TRAILING_BYTES);
            assertReason(() -> HPKE.Sender.base(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, HPKE.PublicKey.of(KemId.DHKEM_X25519_HKDF_SHA256, new byte[32]), INFO),
                    Reason.SMALL_ORDER);
            assertReason(() -> HPKE.Recipient.base(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, x, INFO, new byte[31]), Reason.INVALID_ENCODING);
            assertReason(() -> HPKE.Sender.base(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, x.publicKey(), new byte[HPKE.MAX_LABEL_INPUT_LENGTH + 1]),
                    Reason.LIMIT_EXCEEDED);
        }
    }

    static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(CryptoKitException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
