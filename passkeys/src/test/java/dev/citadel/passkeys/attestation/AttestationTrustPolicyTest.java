package dev.citadel.passkeys.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.attestation.AttestationVerdict.Untrusted;
import dev.citadel.passkeys.attestation.AttestationVerdict.UntrustedReason;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trust verdicts from anchors and FIDO metadata; each rule with the attack it stops. */
class AttestationTrustPolicyTest {

    static final Bytes AAGUID = Bytes.fromHex("f8a011f38c0a4d15800617111f9edc7d");
    static final Instant AT = TestPki.NOW;

    private final Issued root = TestPki.root("Vendor Attestation Root");
    private final Issued intermediate = TestPki.ca(root, "Vendor Attestation CA");
    private final Issued leaf = TestPki.leaf(intermediate, TestPki.PACKED_SUBJECT, TestPki.p256(), false, List.of());
    private final VerifiedStatement statement = new VerifiedStatement("packed", AttestationType.BASIC,
            List.of(leaf.cert(), intermediate.cert()));
    private final TestMds mds = new TestMds();

    private MetadataBlob blob(LocalDate nextUpdate, String... statuses) {
        return MetadataBlob.verify(mds.sign(mds.payload(1, nextUpdate,
                TestMds.entry(MetadataBlobTest.AAGUID, "Example Key", List.of(root.cert()), statuses))), mds.rootStore(),
                Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static UntrustedReason reason(AttestationVerdict v) {
        assertThat(v).isInstanceOf(Untrusted.class);
        return ((Untrusted) v).reason();
    }

    @Test
    void chainToAConfiguredAnchorIsTrusted() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).build();
        assertThat(policy.evaluate(statement, AAGUID, AT)).isInstanceOf(AttestationVerdict.Trusted.class);
    }

    @Test
    void regression_x5cEndingInASelfSignedRootTheRelyingPartyNeverConfiguredIsUntrusted() {
        // The attacker mints a root, issues an attestation certificate under it and sends both in x5c.
        Issued attackerRoot = TestPki.root("Attacker Root");
        Issued attackerLeaf = TestPki.leaf(attackerRoot, TestPki.PACKED_SUBJECT, TestPki.p256(), true, List.of());
        VerifiedStatement forged = new VerifiedStatement("packed", AttestationType.BASIC, List.of(attackerLeaf.cert(), attackerRoot.cert()));
        AttestationTrustPolicy withAnchors = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).build();
        assertThat(reason(withAnchors.evaluate(forged, AAGUID, AT))).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
        AttestationTrustPolicy none = AttestationTrustPolicy.builder().build();
        assertThat(reason(none.evaluate(forged, AAGUID, AT))).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
        // A lone self-signed batch certificate (as Chromium's virtual authenticator sends) is no anchor either.
        Issued batch = TestPki.selfSigned(TestPki.PACKED_SUBJECT, TestPki.p256(), false);
        VerifiedStatement lone = new VerifiedStatement("packed", AttestationType.BASIC, List.of(batch.cert()));
        assertThat(reason(withAnchors.evaluate(lone, AAGUID, AT))).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
    }

    @Test
    void chainThatReachesAnAnchorButIsExpiredIsChainInvalid() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).build();
        assertThat(reason(policy.evaluate(statement, AAGUID, Instant.parse("2040-01-01T00:00:00Z")))).isEqualTo(UntrustedReason.CHAIN_INVALID);
    }

    @Test
    void attestationLeafWithoutAuthorityKeyIdentifierIsValidatedUnderTheAttestationPolicy() {
        // Vendors' attestation leaves carry no AKI; BasicX509 would refuse them, the attestation policy finds
        // the issuer by name and checks the signature.
        TrustEvaluator evaluator = TrustEvaluator.builder(TrustStore.ofCertificates(List.of(root.cert())))
                .clock(Clock.fixed(AT, ZoneOffset.UTC)).build();
        assertThat(evaluator.evaluate(statement.trustPath(), new TrustPolicy.BasicX509()).primaryReason()).isEqualTo(TrustReason.KEY_IDENTIFIER);
        assertThat(evaluator.evaluate(statement.trustPath(), new TrustPolicy.Attestation()).result().trusted()).isTrue();
        // and a leaf signed by another key under the same issuer name still fails.
        Issued impostor = TestPki.root("Vendor Attestation CA");
        Issued forgedLeaf = TestPki.leaf(impostor, TestPki.PACKED_SUBJECT, TestPki.p256(), false, List.of());
        assertThat(evaluator.evaluate(List.of(forgedLeaf.cert(), intermediate.cert()), new TrustPolicy.Attestation()).result().trusted()).isFalse();
    }

    @Test
    void selfAndNoneAreReportedAsSuch() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).build();
        assertThat(policy.evaluate(new VerifiedStatement("packed", AttestationType.SELF, List.of()), AAGUID, AT))
                .isInstanceOf(AttestationVerdict.SelfAttested.class);
        assertThat(policy.evaluate(new VerifiedStatement("none", AttestationType.NONE, List.of()), AAGUID, AT))
                .isInstanceOf(AttestationVerdict.NoAttestation.class);
    }

    @Test
    void metadataRootsAnchorTheEntrysChainsAndNameTheAuthenticator() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().metadata(blob(LocalDate.parse("2026-07-01"), "FIDO_CERTIFIED")).build();
        AttestationVerdict v = policy.evaluate(statement, AAGUID, AT);
        assertThat(v).isInstanceOf(AttestationVerdict.Trusted.class);
        assertThat(((AttestationVerdict.Trusted) v).authenticatorDescription()).isEqualTo("Example Key");
        assertThat(policy.authenticator(AAGUID)).get().satisfies(i -> {
            assertThat(i.description()).isEqualTo("Example Key");
            assertThat(i.aaguid()).isEqualTo(MetadataBlobTest.AAGUID);
            assertThat(i.icon()).hasValue("data:image/png;base64,iVBORw0KGgo=");
        });
        // Another AAGUID does not borrow this entry's roots.
        assertThat(reason(policy.evaluate(statement, Bytes.fromHex("00112233445566778899aabbccddeeff"), AT)))
                .isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
    }

    @Test
    void revokedAuthenticatorIsUntrustedEvenUnderAConfiguredAnchor() {
        for (String status : List.of("REVOKED", "USER_VERIFICATION_BYPASS", "ATTESTATION_KEY_COMPROMISE",
                "USER_KEY_REMOTE_COMPROMISE", "USER_KEY_PHYSICAL_COMPROMISE")) {
            AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert()))
                    .metadata(blob(LocalDate.parse("2026-07-01"), "FIDO_CERTIFIED", status)).build();
            assertThat(reason(policy.evaluate(statement, AAGUID, AT))).as(status).isEqualTo(UntrustedReason.METADATA_STATUS);
        }
    }

    @Test
    void compromisedAttestationKeyReportAppliesOnlyToTheCertificateItNames() {
        Issued otherBatch = TestPki.leaf(intermediate, TestPki.PACKED_SUBJECT, TestPki.p256(), false, List.of());
        var entry = TestMds.entry(MetadataBlobTest.AAGUID, "Example Key", List.of(root.cert()));
        entry.withArray("statusReports").addObject().put("status", "ATTESTATION_KEY_COMPROMISE")
                .put("certificate", java.util.Base64.getEncoder().encodeToString(otherBatch.cert().encoded()));
        MetadataBlob b = MetadataBlob.verify(mds.sign(mds.payload(1, LocalDate.parse("2026-07-01"), entry)), mds.rootStore(),
                Clock.fixed(AT, ZoneOffset.UTC));
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().metadata(b).build();
        assertThat(policy.evaluate(statement, AAGUID, AT)).isInstanceOf(AttestationVerdict.Trusted.class);
        VerifiedStatement compromised = new VerifiedStatement("packed", AttestationType.BASIC, List.of(otherBatch.cert(), intermediate.cert()));
        assertThat(reason(policy.evaluate(compromised, AAGUID, AT))).isEqualTo(UntrustedReason.METADATA_STATUS);
    }

    @Test
    void statusReportNotYetEffectiveDoesNotApply() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().metadata(blob(LocalDate.parse("2026-07-01"), "REVOKED")).build();
        assertThat(policy.evaluate(statement, AAGUID, Instant.parse("2025-01-15T00:00:00Z"))).isInstanceOf(AttestationVerdict.Trusted.class);
    }

    @Test
    void requireMetadataRefusesAnAuthenticatorWithoutAnEntry() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).requireMetadata(true)
                .metadata(blob(LocalDate.parse("2026-07-01"))).build();
        assertThat(reason(policy.evaluate(statement, Bytes.fromHex("00112233445566778899aabbccddeeff"), AT)))
                .isEqualTo(UntrustedReason.NOT_IN_METADATA);
    }

    @Test
    void staleMetadataLendsNoRoots() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().metadata(blob(LocalDate.parse("2026-07-01"))).build();
        assertThat(reason(policy.evaluate(statement, AAGUID, Instant.parse("2026-08-01T00:00:00Z")))).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
    }

    @Test
    void u2fAuthenticatorsAreFoundByAttestationKeyIdentifier() {
        var entry = TestMds.entry(null, "Example U2F", List.of(root.cert()), "REVOKED");
        entry.putArray("attestationCertificateKeyIdentifiers").add(AttestationTrustPolicy.keyIdentifier(leaf.cert()));
        MetadataBlob b = MetadataBlob.verify(mds.sign(mds.payload(1, LocalDate.parse("2026-07-01"), entry)), mds.rootStore(),
                Clock.fixed(AT, ZoneOffset.UTC));
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().metadata(b).build();
        assertThat(reason(policy.evaluate(statement, Bytes.of(new byte[16]), AT))).isEqualTo(UntrustedReason.METADATA_STATUS);
    }

    @Test
    void withMetadataRefusesRollback() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().build().withMetadata(blob(LocalDate.parse("2026-07-01")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.withMetadata(blob(LocalDate.parse("2026-07-01"))))
                .isInstanceOf(dev.citadel.passkeys.PasskeyException.class)
                .satisfies(e -> assertThat(((dev.citadel.passkeys.PasskeyException) e).reason())
                        .isEqualTo(dev.citadel.passkeys.PasskeyException.Reason.METADATA_ROLLBACK));
    }

    @Test
    void compoundVerdictIsTheWeakest() {
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(root.cert())).build();
        VerifiedStatement self = new VerifiedStatement("packed", AttestationType.SELF, List.of());
        VerifiedStatement both = new VerifiedStatement("compound", AttestationType.COMPOUND, List.of(), List.of(statement, self));
        assertThat(policy.evaluate(both, AAGUID, AT)).isInstanceOf(AttestationVerdict.SelfAttested.class);
        Issued attackerRoot = TestPki.root("Attacker Root");
        Issued attackerLeaf = TestPki.leaf(attackerRoot, TestPki.PACKED_SUBJECT, TestPki.p256(), true, List.of());
        VerifiedStatement forged = new VerifiedStatement("packed", AttestationType.BASIC, List.of(attackerLeaf.cert(), attackerRoot.cert()));
        VerifiedStatement mixed = new VerifiedStatement("compound", AttestationType.COMPOUND, List.of(), List.of(statement, forged));
        assertThat(reason(policy.evaluate(mixed, AAGUID, AT))).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
    }
}
