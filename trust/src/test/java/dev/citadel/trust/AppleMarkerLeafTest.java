package dev.citadel.trust;

import static dev.citadel.trust.TrustEvaluatorTest.evaluator;
import static dev.citadel.trust.TrustEvaluatorTest.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Apple's marker-OID leaves: App Attest credential certificates carry no authorityKeyIdentifier, and an
 * Apple marker policy accepts them as SecTrust does; every other policy still requires one.
 */
class AppleMarkerLeafTest {

    static final String MARKER = "1.2.840.113635.100.8.2";
    static final TrustPolicy APP_ATTEST = new TrustPolicy.AppleMarker("App Attest", Set.of(MARKER), Set.of(), Optional.empty());

    static final Issued ROOT = TestPki.root("CN=Test Attestation Root");
    static final Issued CA = ROOT.issue(TestPki.ca("CN=Test Attestation CA 1"));
    static final Issued LEAF_WITHOUT_AKI = CA.issue(TestPki.leaf("CN=credential").withoutKeyIdentifiers()
            .extension(MARKER, false, TestPki.nothing()));

    @Test
    void appleMarkerLeafWithoutAuthorityKeyIdentifierIsTrusted() {
        TrustResult r = evaluator(ROOT).evaluate(LEAF_WITHOUT_AKI.certificate(), List.of(CA.certificate()), APP_ATTEST);
        assertThat(r.result().trusted()).as(r.explanation()).isTrue();
    }

    @Test
    void basicX509StillRequiresTheLeafsAuthorityKeyIdentifier() {
        TrustResult r = evaluator(ROOT).evaluate(LEAF_WITHOUT_AKI.certificate(), List.of(CA.certificate()), new TrustPolicy.BasicX509());
        assertThat(reasons(r)).containsExactly(TrustReason.KEY_IDENTIFIER);
    }

    @Test
    void theMarkerPolicyStillRequiresTheMarker() {
        Issued unmarked = CA.issue(TestPki.leaf("CN=credential").withoutKeyIdentifiers());
        TrustResult r = evaluator(ROOT).evaluate(unmarked.certificate(), List.of(CA.certificate()), APP_ATTEST);
        assertThat(reasons(r)).containsExactly(TrustReason.MISSING_MARKER_EXTENSION);
    }
}
