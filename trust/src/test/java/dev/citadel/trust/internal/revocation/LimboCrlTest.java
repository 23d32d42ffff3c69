package dev.citadel.trust.internal.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.VectorCases;
import dev.citadel.testing.Vectors;
import dev.citadel.trust.revocation.CrlCache;
import dev.citadel.trust.revocation.HttpFetcher;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationOutcome;
import dev.citadel.trust.revocation.RevocationOutcome.Verdict;
import dev.citadel.trust.revocation.RevocationPolicy;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.Test;

/**
 * The x509-limbo cases tagged {@code has-crl}. In each the peer is issued directly by one of the trusted
 * certificates, so the path is [peer, issuer]; the case's CRLs are supplied (nothing fetched) and checked
 * under {@link RevocationPolicy.Mode#HARD_FAIL}: SUCCESS must come out good, FAILURE rejected for the reason
 * the case describes.
 */
@RequiresVectors("limbo")
class LimboCrlTest {

    /** The reason each FAILURE case's description gives, as a status. */
    private static final Map<String, String> EXPECTED_FAILURE = Map.of(
            "crl::revoked-certificate-with-crl", "REVOKED",
            "crl::crlnumber-missing", Reason.MALFORMED.name(),
            "crl::crlnumber-critical", Reason.MALFORMED.name(),
            "crl::issuer-missing-crlsign", Reason.UNAUTHORISED_CRL_ISSUER.name());

    @Test
    void hasCrlCases() throws IOException {
        JsonNode root;
        try (InputStream in = Vectors.open(Vectors.resolve("limbo/limbo.json"))) {
            root = new ObjectMapper().readTree(in);
        }
        RevocationChecker checker = new RevocationChecker(HttpFetcher.offline(), new CrlCache(Clock.systemUTC()),
                RandomSource.system(), Duration.ofSeconds(1));
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (JsonNode c : root.get("testcases")) {
            if (!c.get("features").toString().contains("\"has-crl\"")) {
                continue;
            }
            ran++;
            String id = c.get("id").asText();
            Certificate peer = cert(c.get("peer_certificate").asText());
            Certificate issuer = null;
            for (JsonNode t : c.get("trusted_certs")) {
                Certificate candidate = cert(t.asText());
                if (candidate.getSubject().equals(peer.getIssuer())) {
                    issuer = candidate;
                }
            }
            assertThat(issuer).as("%s: peer issued directly by a trusted certificate", id).isNotNull();
            assertThat(c.get("untrusted_intermediates")).as(id).isEmpty();
            List<byte[]> crls = new ArrayList<>();
            for (JsonNode crl : c.get("crls")) {
                crls.add(OpensslPki.pemToDer(crl.asText().getBytes(StandardCharsets.US_ASCII)));
            }
            Instant at = c.get("validation_time").isNull() ? Instant.now()
                    : java.time.OffsetDateTime.parse(c.get("validation_time").asText()).toInstant();
            RevocationOutcome o = checker.check(peer, issuer, at, RevocationPolicy.hardFail(), RevocationEvidence.crls(crls));
            String got = switch (o.status()) {
                case RevocationStatus.Good g -> "GOOD";
                case RevocationStatus.Revoked r -> "REVOKED";
                case RevocationStatus.Unknown u -> u.why().name();
            };
            boolean success = "SUCCESS".equals(c.get("expected_result").asText());
            String want = success ? "GOOD" : EXPECTED_FAILURE.get(id);
            Verdict wantVerdict = success ? Verdict.GOOD : Verdict.REJECTED;
            if (!got.equals(want) || o.verdict() != wantVerdict) {
                failures.add(id + ": want " + want + "/" + wantVerdict + ", got " + got + "/" + o.verdict() + " — " + o.explanation());
            }
        }
        VectorCases.report("limbo/limbo.json (has-crl)", ran - failures.size(), failures.size(), 0, Map.of());
        assertThat(ran).as("limbo cases tagged has-crl").isEqualTo(8);
        assertThat(failures).isEmpty();
    }

    private static Certificate cert(String pem) {
        return Certificate.getInstance(OpensslPki.pemToDer(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
