package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustException;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ChainValidation} by the trust module: a {@link TrustEvaluator} over a {@link TrustStore} holding
 * exactly the pinned root, its clock fixed at the validation instant, no revocation checking (Apple's
 * validation steps include none). Attestation chains are evaluated under an Apple marker-OID policy that
 * requires the nonce extension in the leaf; receipt signers under basic X.509 validation.
 */
final class TrustChainValidation implements ChainValidation {

    /** The policy of App Attest credential certificates: the nonce extension must be in the leaf. */
    static final TrustPolicy ATTESTATION_POLICY = new TrustPolicy.AppleMarker("App Attest",
            Set.of(AttestationVerifier.NONCE_EXTENSION), Set.of(), Optional.empty());
    /** The policy of receipt signers. */
    static final TrustPolicy RECEIPT_POLICY = new TrustPolicy.BasicX509();

    static final TrustChainValidation INSTANCE = new TrustChainValidation();

    private TrustChainValidation() {}

    @Override
    public Bytes validate(List<Bytes> certificates, PinnedRoot root, Purpose purpose, Instant at) {
        List<Certificate> chain = new ArrayList<>(certificates.size());
        for (Bytes der : certificates) {
            try {
                chain.add(Certificate.parse(der.toByteArray()));
            } catch (TrustException e) {
                throw AttestException.of(Reason.CHAIN_INVALID, "certificate " + chain.size() + " of the chain: " + e.reason()
                        + ": " + e.getMessage(), e);
            }
        }
        TrustEvaluator evaluator = TrustEvaluator.builder(root.trustStore()).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
        TrustPolicy policy = switch (purpose) {
            case ATTESTATION -> ATTESTATION_POLICY;
            case RECEIPT -> RECEIPT_POLICY;
        };
        TrustResult result = evaluator.evaluate(chain, policy);
        if (!result.result().trusted()) {
            throw AttestException.of(reasonOf(result), result.explanation());
        }
        try {
            return Bytes.of(result.chain().getFirst().asn1().getSubjectPublicKeyInfo().getEncoded("DER"));
        } catch (IOException e) {
            throw new UncheckedIOException("re-encoding a parsed SubjectPublicKeyInfo", e);
        }
    }

    /**
     * The App Attest reason of an untrusted result. A problem other than the validity period is reported
     * first (fatal ones before recoverable ones), so a chain that is both expired and forged is
     * {@code CHAIN_UNTRUSTED}, never merely expired.
     */
    static Reason reasonOf(TrustResult result) {
        List<TrustReason> reasons = result.problems().stream().map(p -> p.reason()).toList();
        return reasons.stream().filter(r -> r != TrustReason.EXPIRED && r != TrustReason.NOT_YET_VALID)
                .min((a, b) -> Boolean.compare(b.fatal(), a.fatal()))
                .or(() -> reasons.stream().findFirst())
                .map(TrustChainValidation::reasonOf)
                .orElse(Reason.CHAIN_UNTRUSTED);
    }

    /** Trust's reason as App Attest's. */
    static Reason reasonOf(TrustReason reason) {
        return switch (reason) {
            case EXPIRED -> Reason.CERTIFICATE_EXPIRED;
            case NOT_YET_VALID -> Reason.CERTIFICATE_NOT_YET_VALID;
            case ISSUER_NOT_FOUND, INVALID_SIGNATURE, ANCHOR_CONSTRAINT, REVOKED, REVOCATION_UNKNOWN,
                 FINGERPRINT_MISMATCH, TRUST_STORE_UNREADABLE -> Reason.CHAIN_UNTRUSTED;
            case MISSING_MARKER_EXTENSION -> Reason.MALFORMED_CERTIFICATE;
            default -> Reason.CHAIN_INVALID;
        };
    }
}
