package dev.citadel.attest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import dev.citadel.attest.AppAttestSamples.AppleSample;
import dev.citadel.attest.AppAttestSamples.DeviceDocument;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.VectorCases;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every App Attest sample of the shared vectors with its expected verdict at its pinned instant, and each
 * failing at "now" (expired chain), in the wrong environment and, for Apple's samples, with the hashed
 * challenge.
 */
@RequiresVectors("attest")
class AppAttestVectorsTest {

    /** The instant "now" for the expiry checks: after every sample certificate's notAfter. */
    static final Instant NOW = Instant.now();

    static int passed;

    @AfterAll
    static void report() {
        VectorCases.report("attest samples", passed, 0, 0, Map.of());
    }

    static Stream<AppleSample> appleSamples() {
        return AppAttestSamples.appleSamples();
    }

    static List<DeviceDocument> attestations() {
        return AppAttestSamples.deviceDocuments("attestation");
    }

    static List<DeviceDocument> assertions() {
        return AppAttestSamples.deviceDocuments("assertion");
    }

    static List<DeviceDocument> receipts() {
        return AppAttestSamples.deviceDocuments("receipt");
    }

    @Test
    void theSampleSetIsComplete() {
        assertThat(attestations()).hasSize(7);
        assertThat(assertions()).hasSize(7);
        assertThat(receipts()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Nested
    @DisplayName("Apple's documentation samples (raw challenge bytes as clientDataHash)")
    class AppleSamples {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#appleSamples")
        void verifiesAtItsInstant(AppleSample s) {
            AttestationResult r = AppAttestSamples.attestationVerifier(s.appId(), Environment.PRODUCTION, s.at())
                    .verify(s.keyId(), s.object(), ClientDataHash.raw(s.challenge().getBytes(StandardCharsets.UTF_8)));
            assertAll(
                    () -> assertThat(r.keyId()).isEqualTo(s.keyId()),
                    () -> assertThat(KeyId.of(r.publicKey())).isEqualTo(s.keyId()),
                    () -> assertThat(r.environment()).isEqualTo(Environment.PRODUCTION),
                    () -> assertThat(r.receipt().type()).isEqualTo(ReceiptType.ATTEST),
                    () -> assertThat(r.receipt().appId()).isEqualTo(s.appId().value()),
                    () -> assertThat(r.receipt().clientDataHash().toByteArray()).isEqualTo(s.challenge().getBytes(StandardCharsets.UTF_8)));
            passed++;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#appleSamples")
        void hashedChallengeIsANonceMismatch(AppleSample s) {
            assertReason(() -> AppAttestSamples.attestationVerifier(s.appId(), Environment.PRODUCTION, s.at())
                    .verify(s.keyId(), s.object(), ClientDataHash.sha256Of(s.challenge().getBytes(StandardCharsets.UTF_8))),
                    Reason.NONCE_MISMATCH);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#appleSamples")
        void developmentVerifierRefusesIt(AppleSample s) {
            assertReason(() -> AppAttestSamples.attestationVerifier(s.appId(), Environment.DEVELOPMENT, s.at())
                    .verify(s.keyId(), s.object(), ClientDataHash.raw(s.challenge().getBytes(StandardCharsets.UTF_8))),
                    Reason.ENVIRONMENT_MISMATCH);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#appleSamples")
        void expiredNow(AppleSample s) {
            assertReason(() -> AppAttestSamples.attestationVerifier(s.appId(), Environment.PRODUCTION, NOW)
                    .verify(s.keyId(), s.object(), ClientDataHash.raw(s.challenge().getBytes(StandardCharsets.UTF_8))),
                    Reason.CERTIFICATE_EXPIRED);
        }

        @Test
        @DisplayName("2026: the extensions map is read although the ED flag is clear")
        void extensionsOf2026() {
            AppleSample s = appleSamples().filter(x -> x.name().endsWith("2026")).findFirst().orElseThrow();
            byte[] authData = AttestationVerifier.parse(s.object()).authData();
            assertThat(authData[32] & AuthenticatorData.FLAG_ED).isZero();
            AttestationResult r = AppAttestSamples.attestationVerifier(s.appId(), Environment.PRODUCTION, s.at())
                    .verify(s.keyId(), s.object(), ClientDataHash.raw(s.challenge().getBytes(StandardCharsets.UTF_8)));
            assertThat(r.extensions().present()).isTrue();
            assertThat(r.extensions().bundleVersion()).contains("1");
            assertThat(r.extensions().validationCategory()).contains(new ValidationCategory(1));
            assertThat(r.extensions().otherKeys()).isEmpty();
        }

        @Test
        @DisplayName("2024: no extensions map")
        void noExtensionsIn2024() {
            AppleSample s = appleSamples().filter(x -> x.name().endsWith("2024")).findFirst().orElseThrow();
            AttestationResult r = AppAttestSamples.attestationVerifier(s.appId(), Environment.PRODUCTION, s.at())
                    .verify(s.keyId(), s.object(), ClientDataHash.raw(s.challenge().getBytes(StandardCharsets.UTF_8)));
            assertThat(r.extensions()).isEqualTo(AuthenticatorExtensions.NONE);
        }
    }

    @Nested
    @DisplayName("Real iOS 14 devices (development)")
    class Devices {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#attestations")
        void attestationVerifies(DeviceDocument d) {
            AttestationResult r = AppAttestSamples.attestationVerifier(d.appId(), Environment.DEVELOPMENT, d.timestamp())
                    .verify(d.keyId(), d.b64("attestationBase64"), ClientDataHash.sha256Of(d.b64("clientDataBase64")));
            assertThat(r.publicKey()).isEqualTo(d.publicKey());
            assertThat(r.receipt().environment()).isEqualTo(Environment.DEVELOPMENT);
            assertThat(r.receipt().clientDataHash().base64()).isEqualTo(d.text("clientDataHashSha256Base64"));
            passed++;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#attestations")
        void attestationFailsInProduction(DeviceDocument d) {
            assertReason(() -> AppAttestSamples.attestationVerifier(d.appId(), Environment.PRODUCTION, d.timestamp())
                    .verify(d.keyId(), d.b64("attestationBase64"), ClientDataHash.sha256Of(d.b64("clientDataBase64"))),
                    Reason.ENVIRONMENT_MISMATCH);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#attestations")
        void attestationExpiredNow(DeviceDocument d) {
            assertReason(() -> AppAttestSamples.attestationVerifier(d.appId(), Environment.DEVELOPMENT, NOW)
                    .verify(d.keyId(), d.b64("attestationBase64"), ClientDataHash.sha256Of(d.b64("clientDataBase64"))),
                    Reason.CERTIFICATE_EXPIRED);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#assertions")
        void assertionVerifiesWithCounterOneThenNotAgain(DeviceDocument d) {
            InMemoryAttestedKeyStore store = new InMemoryAttestedKeyStore();
            store.register(new AttestedKey(d.keyId(), d.publicKey(), d.appId(), Environment.DEVELOPMENT, 0));
            AssertionVerifier v = new AssertionVerifier(d.appId(), store, ExtensionPolicy.acceptAny(), AppAttestSamples.at(d.timestamp()));
            AssertionResult r = v.verify(d.keyId(), d.b64("assertionBase64"), d.b64("clientDataBase64"),
                    ClientDataChallenge.contains(d.b64("challengeBase64")));
            assertThat(r.counter()).isEqualTo(1).isEqualTo(Long.parseLong(d.text("counter")));
            assertThat(store.find(d.keyId()).orElseThrow().counter()).isEqualTo(1);
            assertReason(() -> v.verify(d.keyId(), d.b64("assertionBase64"), d.b64("clientDataBase64"),
                    ClientDataChallenge.contains(d.b64("challengeBase64"))), Reason.COUNTER_NOT_INCREASED);
            passed++;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#receipts")
        void receiptVerifies(DeviceDocument d) {
            ReceiptVerifier v = ReceiptVerifier.create(d.appId(), Environment.DEVELOPMENT, AppAttestSamples.receiptRoot(),
                    AppAttestSamples.at(d.timestamp()));
            Receipt r = v.verify(d.b64("receiptBase64"), d.publicKey());
            Map<String, Object> p = d.properties();
            assertAll(
                    () -> assertThat(r.type().name()).isEqualTo(p.get("type")),
                    () -> assertThat(r.environment().receiptValue()).isEqualTo(p.get("environment")),
                    () -> assertThat(r.creationTime()).isEqualTo(Instant.parse(String.valueOf(p.get("creationTime")))),
                    () -> assertThat(r.expirationTime()).isEqualTo(Instant.parse(String.valueOf(p.get("expirationTime")))),
                    () -> assertThat(r.notBefore().map(Instant::toString).orElse(null))
                            .isEqualTo(p.get("notBefore") == null ? null : Instant.parse(String.valueOf(p.get("notBefore"))).toString()),
                    () -> assertThat(r.riskMetric().isPresent() ? (Object) r.riskMetric().getAsInt() : null).isEqualTo(p.get("riskMetric")),
                    () -> assertThat(r.token()).isEqualTo(p.get("token")));
            if (r.type() == ReceiptType.ATTEST) {
                // The sample files mangle field 4 of RECEIPT-type receipts (decoded as text); ATTEST ones are intact.
                assertThat(r.clientDataHash().base64()).isEqualTo(p.get("clientHashBase64"));
            }
            passed++;
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.citadel.attest.AppAttestVectorsTest#receipts")
        void receiptFailsInProduction(DeviceDocument d) {
            ReceiptVerifier v = ReceiptVerifier.create(d.appId(), Environment.PRODUCTION, AppAttestSamples.receiptRoot(),
                    AppAttestSamples.at(d.timestamp()));
            assertReason(() -> v.verify(d.b64("receiptBase64"), d.publicKey()), Reason.ENVIRONMENT_MISMATCH);
        }
    }

    static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(AttestException.class)
                .satisfies(e -> assertThat(((AttestException) e).reason()).as(e.getMessage()).isEqualTo(reason));
    }
}
