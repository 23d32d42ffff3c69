package dev.citadel.corecrypto.kdf;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.kdf.HmacHkdf;
import dev.citadel.corecrypto.vectors.VectorCase;
import dev.citadel.corecrypto.vectors.VectorFile;
import dev.citadel.corecrypto.vectors.VectorReport;
import dev.citadel.testing.RequiresVectors;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof KDF vectors: HKDF (hkdf_test_schema_v1) and PBKDF2 (pbkdf_test_schema). For HKDF every valid
 * case also runs through the RFC 5869-over-HMAC engine, so where the JDK's {@code KDF} is the chosen
 * engine (SHA-256/384/512) the two engines must agree. Invalid HKDF cases (SizeTooLarge) →
 * INVALID_OUTPUT_LENGTH. The PBKDF2 files have only valid cases (including RFC 6070's 2^24 iterations).
 */
@RequiresVectors("wycheproof/testvectors_v1")
class WycheproofKdfTest {

    static Stream<Arguments> hkdfFiles() {
        return Stream.of(
                Arguments.of(HashAlgorithm.SHA_1, VectorFile.wycheproof("hkdf_sha1_test.json")),
                Arguments.of(HashAlgorithm.SHA_256, VectorFile.wycheproof("hkdf_sha256_test.json")),
                Arguments.of(HashAlgorithm.SHA_384, VectorFile.wycheproof("hkdf_sha384_test.json")),
                Arguments.of(HashAlgorithm.SHA_512, VectorFile.wycheproof("hkdf_sha512_test.json")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("hkdfFiles")
    void hkdf(HashAlgorithm hash, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        HmacHkdf reference = new HmacHkdf(Engines.hmac(hash));
        for (VectorCase c : file.cases()) {
            SecretKeyMaterial ikm = SecretKeyMaterial.copyOf(c.hex("ikm"), SecretAccess.insecure());
            byte[] salt = c.hex("salt");
            byte[] info = c.hex("info");
            int size = c.integer("size");
            String failure = switch (c.result()) {
                case "valid" -> {
                    try {
                        byte[] okm = Hkdf.derive(hash, ikm, salt, info, size).reveal(SecretAccess.insecure());
                        byte[] stepwise = Hkdf.expand(hash, Hkdf.extract(hash, salt, ikm), info, size).reveal(SecretAccess.insecure());
                        byte[] other = reference.derive(c.hex("ikm"), salt, info, size);
                        yield !Arrays.equals(okm, c.hex("okm")) ? "derive gave a different OKM"
                                : !Arrays.equals(stepwise, okm) ? "extract+expand differs from derive"
                                : !Arrays.equals(other, okm) ? "engines disagree" : null;
                    } catch (CryptoException e) {
                        yield "refused a valid case: " + e.reason();
                    }
                }
                case "invalid" -> VectorReport.expectRefusal(() -> Hkdf.derive(hash, ikm, salt, info, size), Reason.INVALID_OUTPUT_LENGTH);
                default -> "undecided result '" + c.result() + "'";
            };
            report.record(c, c.result(), failure);
        }
        report.finish();
    }

    static Stream<Arguments> pbkdf2Files() {
        return Stream.of(
                Arguments.of(HashAlgorithm.SHA_1, VectorFile.wycheproof("pbkdf2_hmacsha1_test.json")),
                Arguments.of(HashAlgorithm.SHA_224, VectorFile.wycheproof("pbkdf2_hmacsha224_test.json")),
                Arguments.of(HashAlgorithm.SHA_256, VectorFile.wycheproof("pbkdf2_hmacsha256_test.json")),
                Arguments.of(HashAlgorithm.SHA_384, VectorFile.wycheproof("pbkdf2_hmacsha384_test.json")),
                Arguments.of(HashAlgorithm.SHA_512, VectorFile.wycheproof("pbkdf2_hmacsha512_test.json")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("pbkdf2Files")
    void pbkdf2(HashAlgorithm prf, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            String failure;
            if (!c.result().equals("valid")) {
                failure = "undecided result '" + c.result() + "'";
            } else {
                try {
                    byte[] dk = Pbkdf2.derive(prf, c.hex("password"), c.hex("salt"), c.integer("iterationCount"), c.integer("dkLen"))
                            .reveal(SecretAccess.insecure());
                    failure = Arrays.equals(dk, c.hex("dk")) ? null : "derived a different key";
                } catch (CryptoException e) {
                    failure = "refused a valid case: " + e.reason();
                }
            }
            report.record(c, c.result(), failure);
        }
        report.finish();
    }
}
