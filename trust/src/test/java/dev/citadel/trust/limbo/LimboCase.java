package dev.citadel.trust.limbo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One x509-limbo test case (limbo-schema.json {@code Testcase}), decoded into typed fields.
 *
 * @param validationTime empty means "now"
 * @param peerName for SERVER validation: the expected DNS name or IP address
 * @param crls PEM CRLs the case supplies (feature {@code has-crl})
 */
public record LimboCase(String id, List<String> features, Kind kind, List<String> trustedCerts,
        List<String> untrustedIntermediates, String peerCertificate, Optional<Instant> validationTime,
        boolean expectSuccess, Optional<PeerName> peerName, List<PeerName> peerNames, Optional<Integer> maxChainDepth,
        List<String> extendedKeyUsage, List<String> crls, String description) {

    /** limbo {@code ValidationKind}. */
    public enum Kind { SERVER, CLIENT }

    /** limbo {@code PeerName}. */
    public record PeerName(String kind, String value) {}

    static LimboCase of(JsonNode t) {
        JsonNode time = t.get("validation_time");
        JsonNode peer = t.get("expected_peer_name");
        JsonNode depth = t.get("max_chain_depth");
        List<PeerName> names = new ArrayList<>();
        t.get("expected_peer_names").forEach(n -> names.add(new PeerName(n.get("kind").asText(), n.get("value").asText())));
        return new LimboCase(t.get("id").asText(), strings(t.get("features")), Kind.valueOf(t.get("validation_kind").asText()),
                strings(t.get("trusted_certs")), strings(t.get("untrusted_intermediates")), t.get("peer_certificate").asText(),
                time == null || time.isNull() ? Optional.empty() : Optional.of(OffsetDateTime.parse(time.asText()).toInstant()),
                "SUCCESS".equals(t.get("expected_result").asText()),
                peer == null || peer.isNull() ? Optional.empty()
                        : Optional.of(new PeerName(peer.get("kind").asText(), peer.get("value").asText())),
                List.copyOf(names), depth == null || depth.isNull() ? Optional.empty() : Optional.of(depth.asInt()),
                strings(t.get("extended_key_usage")), strings(t.get("crls")), t.get("description").asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return List.copyOf(out);
    }
}
