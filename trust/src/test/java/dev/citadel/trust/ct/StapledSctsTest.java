package dev.citadel.trust.ct;

import static dev.citadel.trust.ct.CtFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.cryptokit.Insecure;
import dev.citadel.testing.RequiresVectors;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.asn1.ocsp.CertStatus;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.asn1.ocsp.ResponseData;
import org.bouncycastle.asn1.ocsp.SingleResponse;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SCTs delivered by OCSP stapling and the TLS extension ({@code X509} entries over the leaf's DER): a real
 * leaf (google.com), and two test logs of distinct operators that really sign. The OCSP responses are
 * built here with BouncyCastle's ASN.1 classes; their own signature is irrelevant to CT (SCTs are
 * self-authenticating) and left as zeros.
 */
@RequiresVectors("ct/real-scts")
class StapledSctsTest {

    private final List<byte[]> chain = CtFixtures.chain("google.com");
    private final byte[] leaf = chain.get(0);
    private final byte[] issuer = chain.get(1);
    private final CtFixtures.TestLog logA = new CtFixtures.TestLog("Test 'A' log", "Test operator A");
    private final CtFixtures.TestLog logB = new CtFixtures.TestLog("Test 'B' log", "Test operator B");
    private final LogList logs;

    StapledSctsTest() {
        ObjectNode json = CtFixtures.realLogListJson(log -> {});
        logA.addTo(json);
        logB.addTo(json);
        logs = CtFixtures.parse(json);
    }

    private byte[] twoSctList() {
        return CtFixtures.tlsList(logA.x509Sct(leaf, AT.minusSeconds(3600)), logB.x509Sct(leaf, AT.minusSeconds(60)));
    }

    /** A BasicOCSPResponse for {@code serialOf}'s serial under the real issuer, carrying {@code sctList}. */
    private byte[] basicOcsp(byte[] serialOf, byte[] sctList) throws Exception {
        Certificate leafCert = Certificate.getInstance(serialOf);
        Certificate issuerCert = Certificate.getInstance(issuer);
        CertID id = new CertID(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.3.14.3.2.26"), DERNull.INSTANCE),
                new DEROctetString(Insecure.SHA1.hash(issuerCert.getSubject().getEncoded(ASN1Encoding.DER))),
                new DEROctetString(Insecure.SHA1.hash(issuerCert.getSubjectPublicKeyInfo().getPublicKeyData().getBytes())),
                leafCert.getSerialNumber());
        Extension scts = new Extension(new ASN1ObjectIdentifier("1.3.6.1.4.1.11129.2.4.5"), false,
                new DEROctetString(sctList).getEncoded(ASN1Encoding.DER));
        ASN1GeneralizedTime now = new ASN1GeneralizedTime(Date.from(AT.minusSeconds(7200)));
        SingleResponse single = new SingleResponse(id, new CertStatus(), now, null, new Extensions(scts));
        ResponseData data = new ResponseData(new ResponderID(new DEROctetString(new byte[20])), now, new DERSequence(single), (Extensions) null);
        return new BasicOCSPResponse(data, new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.10045.4.3.2")),
                new DERBitString(new byte[64]), null).getEncoded(ASN1Encoding.DER);
    }

    private static byte[] fullOcsp(byte[] basic) throws Exception {
        return new OCSPResponse(new OCSPResponseStatus(OCSPResponseStatus.SUCCESSFUL),
                new ResponseBytes(OCSPObjectIdentifiers.id_pkix_ocsp_basic, new DEROctetString(basic))).getEncoded(ASN1Encoding.DER);
    }

    @Test
    @DisplayName("two OCSP-stapled SCTs from distinct operators comply by the OCSP/TLS route (both policies)")
    void ocspRoute() throws Exception {
        byte[] ocsp = fullOcsp(basicOcsp(leaf, twoSctList()));
        assertThat(SctLists.fromOcspResponse(ocsp, leaf, issuer)).hasSize(2).allMatch(s -> s.source() == SctSource.OCSP);
        for (CtPolicy policy : CtPolicy.values()) {
            CtVerdict verdict = new CtVerifier(logs, policy).evaluate(CtInput.of(leaf, issuer).withOcspResponse(ocsp), AT);
            assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
            assertThat(verdict.route()).isEqualTo(CtVerdict.Route.OCSP_OR_TLS);
            assertThat(verdict.counted()).extracting(SctFinding::source).contains(SctSource.OCSP);
        }
    }

    @Test
    @DisplayName("a bare BasicOCSPResponse is accepted too")
    void basicOcspResponse() throws Exception {
        assertThat(SctLists.fromOcspResponse(basicOcsp(leaf, twoSctList()), leaf, issuer)).hasSize(2);
    }

    @Test
    @DisplayName("TLS-extension SCTs alone comply by the OCSP/TLS route")
    void tlsRoute() {
        // Without the issuer, the leaf's own embedded SCTs cannot be checked: MISSING_ISSUER, not fatal.
        CtVerdict verdict = new CtVerifier(logs, CtPolicy.APPLE).evaluate(CtInput.leafOnly(leaf).withTlsSctList(twoSctList()), AT);
        assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
        assertThat(verdict.route()).isEqualTo(CtVerdict.Route.OCSP_OR_TLS);
        assertThat(verdict.scts()).filteredOn(s -> s.source() == SctSource.EMBEDDED)
                .extracting(SctFinding::disposition).containsOnly(SctDisposition.MISSING_ISSUER);
    }

    @Test
    @DisplayName("an X509-entry SCT for another certificate is BAD_SIGNATURE")
    void sctForAnotherLeaf() {
        byte[] otherLeaf = CtFixtures.chain("bing.com").get(0);
        byte[] list = CtFixtures.tlsList(logA.x509Sct(otherLeaf, AT.minusSeconds(60)), logB.x509Sct(leaf, AT.minusSeconds(60)));
        CtVerdict verdict = new CtVerifier(logs, CtPolicy.APPLE).evaluate(CtInput.of(leaf, issuer).withTlsSctList(list), AT);
        assertThat(verdict.scts()).filteredOn(s -> s.source() == SctSource.TLS_EXTENSION)
                .extracting(SctFinding::disposition).containsExactly(SctDisposition.BAD_SIGNATURE, SctDisposition.COUNTED);
        // Still compliant: the valid TLS SCT plus the embedded ones from currently approved logs.
        assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
        assertThat(verdict.route()).isEqualTo(CtVerdict.Route.OCSP_OR_TLS);
    }

    @Test
    @DisplayName("an OCSP response for another certificate is an input problem, not fatal: the embedded SCTs still decide")
    void ocspForAnotherCertificate() throws Exception {
        byte[] ocsp = basicOcsp(CtFixtures.chain("storage.googleapis.com").get(0), twoSctList());
        CtVerdict verdict = new CtVerifier(logs, CtPolicy.APPLE).evaluate(CtInput.of(leaf, issuer).withOcspResponse(ocsp), AT);
        assertThat(verdict.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(SctSource.OCSP);
            assertThat(p.reason()).isEqualTo(CtException.Reason.MALFORMED_OCSP_RESPONSE);
        });
        assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
    }

    @Test
    @DisplayName("a malformed stapled list is an input problem with its reason")
    void malformedStapledList() {
        byte[] list = twoSctList();
        byte[] trailing = java.util.Arrays.copyOf(list, list.length + 1);
        CtVerdict verdict = new CtVerifier(logs, CtPolicy.APPLE).evaluate(CtInput.of(leaf, issuer).withTlsSctList(trailing), AT);
        assertThat(verdict.problems()).singleElement().extracting(InputProblem::reason).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    @DisplayName("one stapled SCT from a single operator is not enough for the OCSP/TLS route")
    void oneStapledSctIsNotEnough() {
        CtInput input = CtInput.leafOnly(leaf).withTlsSctList(CtFixtures.tlsList(logA.x509Sct(leaf, AT.minusSeconds(60))));
        CtVerdict verdict = new CtVerifier(logs, CtPolicy.CHROME).evaluate(input, AT);
        assertThat(verdict).isInstanceOf(CtVerdict.NonCompliant.class);
    }
}
