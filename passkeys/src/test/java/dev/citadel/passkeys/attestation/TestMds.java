package dev.citadel.passkeys.attestation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64;
import dev.citadel.cryptokit.jose.CryptoKitJwsSigner;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.TrustStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A metadata service of the test's own: a root, a signing certificate, and BLOBs it signs. */
final class TestMds {

    static final ObjectMapper JSON = new ObjectMapper();

    final Issued root = TestPki.root("Test FIDO MDS Root");
    final Issued signer = TestPki.leaf(root, "CN=Metadata Service,O=Test FIDO Alliance", TestPki.p256(), true, List.of());

    TrustStore rootStore() {
        return TrustStore.ofCertificates(List.of(root.cert()));
    }

    static ObjectNode entry(String aaguid, String description, List<Certificate> roots, String... statuses) {
        ObjectNode e = JSON.createObjectNode();
        if (aaguid != null) {
            e.put("aaguid", aaguid);
        }
        ObjectNode st = e.putObject("metadataStatement");
        st.put("description", description);
        st.put("icon", "data:image/png;base64,iVBORw0KGgo=");
        ArrayNode r = st.putArray("attestationRootCertificates");
        roots.forEach(c -> r.add(java.util.Base64.getEncoder().encodeToString(c.encoded())));
        ArrayNode reports = e.putArray("statusReports");
        for (String s : statuses) {
            reports.addObject().put("status", s).put("effectiveDate", "2025-02-01");
        }
        return e;
    }

    ObjectNode payload(int no, LocalDate nextUpdate, ObjectNode... entries) {
        ObjectNode p = JSON.createObjectNode();
        p.put("legalHeader", "test");
        p.put("no", no);
        p.put("nextUpdate", nextUpdate.toString());
        ArrayNode a = p.putArray("entries");
        for (ObjectNode e : entries) {
            a.add(e);
        }
        return p;
    }

    Bytes sign(ObjectNode payload) {
        return sign(payload.toString(), signer);
    }

    Bytes sign(String payload, Issued by) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                    .x509CertChain(List.of(Base64.encode(by.cert().encoded()), Base64.encode(root.cert().encoded()))).build();
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(new CryptoKitJwsSigner(by.key()));
            return Bytes.of(jws.serialize().getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
