package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.ChainValidation.Purpose;
import dev.citadel.attest.TestPki.Issued;
import dev.citadel.cryptokit.P256;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateProblem;
import dev.citadel.trust.SecTrustResult;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The adapter over the trust module's evaluator: each check it relies on, with the chain that would pass
 * without it, and the mapping of trust's reasons to App Attest's.
 */
class TrustChainValidationTest {

    static final Instant T = SyntheticAppAttest.T;
    final ChainValidation chains = TrustChainValidation.INSTANCE;
    final Issued root = TestPki.root("Test Root", T.minus(Duration.ofDays(365)), T.plus(Duration.ofDays(3650)));
    final Issued ca = TestPki.ca(root, "Test CA", T.minus(Duration.ofDays(300)), T.plus(Duration.ofDays(1000)));
    final P256.Signing.PrivateKey leafKey = P256.Signing.PrivateKey.generate();

    Issued leaf(Issued issuer, Instant from, Instant to) {
        return TestPki.leaf(issuer, "leaf", leafKey, from, to,
                Map.of(AttestationVerifier.NONCE_EXTENSION, TestPki.nonceExtension(new byte[32])));
    }

    Issued leaf() {
        return leaf(ca, T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)));
    }

    @Test
    void returnsTheLeafsKeyForAChainToThePinnedRoot() {
        Bytes spki = chains.validate(List.of(leaf().der(), ca.der()), root.pinned(), Purpose.ATTESTATION, T);
        assertThat(spki.toByteArray()).isEqualTo(leafKey.publicKey().derRepresentation());
    }

    @Test
    void extraCertificatesInAnyOrderAndTheRootItselfAreAccepted() {
        Issued other = TestPki.root("Unrelated", T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)));
        Bytes spki = chains.validate(List.of(leaf().der(), root.der(), other.der(), ca.der()), root.pinned(), Purpose.RECEIPT, T);
        assertThat(spki.toByteArray()).isEqualTo(leafKey.publicKey().derRepresentation());
    }

    @Test
    void aChainToAnotherRootIsUntrusted() {
        Issued other = TestPki.root("Other Root", T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)));
        assertReason(() -> chains.validate(List.of(leaf().der(), ca.der()), other.pinned(), Purpose.ATTESTATION, T),
                Reason.CHAIN_UNTRUSTED);
    }

    @Test
    void anIntermediateMissingFromTheChainIsUntrusted() {
        assertReason(() -> chains.validate(List.of(leaf().der()), root.pinned(), Purpose.ATTESTATION, T), Reason.CHAIN_UNTRUSTED);
    }

    @Test
    void anIssuerThatIsNotACaIsInvalid() {
        Issued notCa = TestPki.leaf(ca, "Not a CA", P256.Signing.PrivateKey.generate(), T.minus(Duration.ofDays(1)),
                T.plus(Duration.ofDays(1)), Map.of());
        Issued below = leaf(notCa, T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)));
        assertReason(() -> chains.validate(List.of(below.der(), notCa.der(), ca.der()), root.pinned(), Purpose.ATTESTATION, T),
                Reason.CHAIN_INVALID);
    }

    @Test
    void aForgedIntermediateIsUntrusted() {
        Issued impostor = TestPki.root("Test Root", T.minus(Duration.ofDays(365)), T.plus(Duration.ofDays(3650)));
        Issued forgedCa = TestPki.ca(impostor, "Test CA", T.minus(Duration.ofDays(300)), T.plus(Duration.ofDays(1000)));
        Issued forgedLeaf = leaf(forgedCa, T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)));
        assertReason(() -> chains.validate(List.of(forgedLeaf.der(), forgedCa.der()), root.pinned(), Purpose.ATTESTATION, T),
                Reason.CHAIN_UNTRUSTED);
    }

    @Test
    void aProblemBesidesTheValidityPeriodIsReportedFirst() {
        Certificate c = Certificate.parse(leaf().der().toByteArray());
        TrustResult expiredAndForged = new TrustResult(SecTrustResult.FATAL_TRUST_FAILURE, List.of(c), Optional.empty(), List.of(
                new CertificateProblem(0, c.subject(), TrustReason.EXPIRED, "expired"),
                new CertificateProblem(-1, c.subject(), TrustReason.ISSUER_NOT_FOUND, "no path"),
                new CertificateProblem(1, c.subject(), TrustReason.INVALID_SIGNATURE, "forged")),
                TrustChainValidation.ATTESTATION_POLICY, T);
        assertThat(TrustChainValidation.reasonOf(expiredAndForged)).isEqualTo(Reason.CHAIN_UNTRUSTED);
        TrustResult onlyExpired = new TrustResult(SecTrustResult.RECOVERABLE_TRUST_FAILURE, List.of(c), Optional.empty(), List.of(
                new CertificateProblem(0, c.subject(), TrustReason.EXPIRED, "expired")), TrustChainValidation.ATTESTATION_POLICY, T);
        assertThat(TrustChainValidation.reasonOf(onlyExpired)).isEqualTo(Reason.CERTIFICATE_EXPIRED);
    }

    @Test
    void theAttestationPurposeRequiresTheNonceExtensionInTheLeaf() {
        Issued plain = TestPki.leaf(ca, "plain", leafKey, T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(1)), Map.of());
        assertReason(() -> chains.validate(List.of(plain.der(), ca.der()), root.pinned(), Purpose.ATTESTATION, T),
                Reason.MALFORMED_CERTIFICATE);
        assertThat(chains.validate(List.of(plain.der(), ca.der()), root.pinned(), Purpose.RECEIPT, T).toByteArray())
                .isEqualTo(leafKey.publicKey().derRepresentation());
    }

    @Test
    void bytesThatAreNotACertificateAreInvalid() {
        assertReason(() -> chains.validate(List.of(Bytes.of(new byte[] {0x30, 0x00}), ca.der()), root.pinned(), Purpose.ATTESTATION, T),
                Reason.CHAIN_INVALID);
    }

    @Test
    void theValidationInstantIsTheEvaluatorsClock() {
        List<Bytes> chain = List.of(leaf().der(), ca.der());
        assertReason(() -> chains.validate(chain, root.pinned(), Purpose.ATTESTATION, T.plus(Duration.ofDays(2))), Reason.CERTIFICATE_EXPIRED);
        assertReason(() -> chains.validate(chain, root.pinned(), Purpose.ATTESTATION, T.minus(Duration.ofDays(2))),
                Reason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void trustReasonsMapToTheFourChainReasons() {
        assertThat(TrustChainValidation.reasonOf(TrustReason.EXPIRED)).isEqualTo(Reason.CERTIFICATE_EXPIRED);
        assertThat(TrustChainValidation.reasonOf(TrustReason.NOT_YET_VALID)).isEqualTo(Reason.CERTIFICATE_NOT_YET_VALID);
        assertThat(TrustChainValidation.reasonOf(TrustReason.ISSUER_NOT_FOUND)).isEqualTo(Reason.CHAIN_UNTRUSTED);
        assertThat(TrustChainValidation.reasonOf(TrustReason.INVALID_SIGNATURE)).isEqualTo(Reason.CHAIN_UNTRUSTED);
        assertThat(TrustChainValidation.reasonOf(TrustReason.NOT_A_CA)).isEqualTo(Reason.CHAIN_INVALID);
        assertThat(TrustChainValidation.reasonOf(TrustReason.PATH_LENGTH_EXCEEDED)).isEqualTo(Reason.CHAIN_INVALID);
        assertThat(TrustChainValidation.reasonOf(TrustReason.MISSING_MARKER_EXTENSION)).isEqualTo(Reason.MALFORMED_CERTIFICATE);
        for (TrustReason r : TrustReason.values()) {
            assertThat(TrustChainValidation.reasonOf(r).kind() == AttestException.Kind.UNTRUSTED
                    || r == TrustReason.MISSING_MARKER_EXTENSION).as(r.name()).isTrue();
        }
    }
}
