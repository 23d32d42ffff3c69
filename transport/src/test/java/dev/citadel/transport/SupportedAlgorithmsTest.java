package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupportedAlgorithmsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "SSL_RSA_WITH_RC4_128_SHA, RC4",
            "TLS_ECDHE_RSA_WITH_RC4_128_SHA, RC4",
            "SSL_RSA_WITH_RC4_128_MD5, RC4",
            "SSL_RSA_WITH_3DES_EDE_CBC_SHA, TRIPLE_DES",
            "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, TRIPLE_DES",
            "SSL_RSA_WITH_DES_CBC_SHA, DES",
            "SSL_RSA_EXPORT_WITH_RC4_40_MD5, EXPORT",
            "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA, EXPORT",
            "TLS_RSA_WITH_NULL_SHA256, NULL_CIPHER",
            "TLS_ECDHE_ECDSA_WITH_NULL_SHA, NULL_CIPHER",
            "TLS_DH_anon_WITH_AES_128_GCM_SHA256, ANONYMOUS",
            "TLS_ECDH_anon_WITH_AES_128_CBC_SHA, ANONYMOUS",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA, CBC_SHA1_NOT_IN_ATS_LIST",
            "TLS_DHE_RSA_WITH_AES_128_CBC_SHA, CBC_SHA1_NOT_IN_ATS_LIST",
            "TLS_RSA_WITH_AES_128_GCM_SHA256, NOT_FORWARD_SECRET",
            "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256, NOT_FORWARD_SECRET",
            "TLS_RSA_WITH_AES_128_CCM, NOT_FORWARD_SECRET",
            "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256, NOT_IN_ATS_LIST",
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256, NOT_IN_ATS_LIST",
            "TLS_AES_128_CCM_SHA256, NOT_IN_ATS_LIST",
    })
    void refusedWithTheWeakness(String suite, AlgorithmRefusal reason) {
        assertThat(SupportedAlgorithms.cipherSuiteRefusal(suite, true)).contains(reason);
        if (reason != AlgorithmRefusal.NOT_FORWARD_SECRET || !SupportedAlgorithms.ATS_TLS12_NON_FORWARD_SECRET_SUITES.contains(suite)) {
            // NSExceptionRequiresForwardSecrecy = false never admits anything but the six listed RSA suites.
            assertThat(SupportedAlgorithms.cipherSuiteRefusal(suite, false)).contains(reason);
        }
    }

    @Test
    void theListedSuitesAreAccepted() {
        for (String s : SupportedAlgorithms.enabledSuites(true)) {
            assertThat(SupportedAlgorithms.cipherSuiteRefusal(s, true)).as(s).isEmpty();
        }
        for (String s : SupportedAlgorithms.ATS_TLS12_NON_FORWARD_SECRET_SUITES) {
            assertThat(SupportedAlgorithms.cipherSuiteRefusal(s, false)).as(s).isEmpty();
            assertThat(SupportedAlgorithms.cipherSuiteRefusal(s, true)).as(s).contains(AlgorithmRefusal.NOT_FORWARD_SECRET);
        }
    }

    @Test
    void everySuiteTheJdkKnowsIsClassified() throws Exception {
        javax.net.ssl.SSLContext c = javax.net.ssl.SSLContext.getInstance("TLS");
        c.init(null, null, null);
        List<String> accepted = new ArrayList<>();
        for (String s : c.getSupportedSSLParameters().getCipherSuites()) {
            if (SupportedAlgorithms.cipherSuiteRefusal(s, true).isEmpty()) {
                accepted.add(s);
            }
        }
        assertThat(accepted).containsExactlyInAnyOrderElementsOf(SupportedAlgorithms.enabledSuites(true).stream()
                .filter(List.of(c.getSupportedSSLParameters().getCipherSuites())::contains).toList());
    }

    @Test
    void protocols() {
        assertThat(SupportedAlgorithms.protocolRefusal("TLSv1.3", TlsVersion.TLS_1_2)).isEmpty();
        assertThat(SupportedAlgorithms.protocolRefusal("DTLSv1.2", TlsVersion.TLS_1_2)).isEmpty();
        assertThat(SupportedAlgorithms.protocolRefusal("TLSv1.1", TlsVersion.TLS_1_2)).contains(AlgorithmRefusal.PROTOCOL_BELOW_MINIMUM);
        assertThat(SupportedAlgorithms.protocolRefusal("SSLv3", TlsVersion.TLS_1_0)).contains(AlgorithmRefusal.PROTOCOL_BELOW_MINIMUM);
        assertThat(SupportedAlgorithms.protocolRefusal("TLSv1.2", TlsVersion.TLS_1_3)).contains(AlgorithmRefusal.PROTOCOL_BELOW_MINIMUM);
    }

    @Test
    void certificates() throws Exception {
        TestCerts pki = new TestCerts();
        assertThat(SupportedAlgorithms.signatureRefusal(x509(pki.leaf(TestCerts.LeafSpec.good())))).isEmpty();
        assertThat(SupportedAlgorithms.signatureRefusal(x509(pki.leaf(TestCerts.LeafSpec.good().signedWith("SHA1")))))
                .contains(AlgorithmRefusal.SHA1_CERTIFICATE_SIGNATURE);
        assertThat(SupportedAlgorithms.keyRefusal(x509(pki.leaf(TestCerts.LeafSpec.good().rsa(1024)))))
                .contains(AlgorithmRefusal.RSA_KEY_TOO_SMALL);
        assertThat(SupportedAlgorithms.keyRefusal(x509(pki.leaf(TestCerts.LeafSpec.good().ec())))).isEmpty();
    }

    static java.security.cert.X509Certificate x509(TestCerts.Issued i) throws Exception {
        return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(i.der()));
    }

    @Test
    @RequiresVectors("ats")
    void theSuiteListsAreAppleDocumentedOnes() throws IOException {
        JsonNode ats;
        try (var in = Vectors.open(Vectors.resolve("ats/ats-policy.json"))) {
            ats = new ObjectMapper().readTree(in);
        }
        assertThat(SupportedAlgorithms.ATS_TLS12_SUITES).containsExactlyElementsOf(texts(ats.get("tls12_forward_secrecy_ciphers")));
        assertThat(SupportedAlgorithms.ATS_TLS12_NON_FORWARD_SECRET_SUITES)
                .containsExactlyElementsOf(texts(ats.get("tls12_ciphers_allowed_when_NSExceptionRequiresForwardSecrecy_false")));
        assertThat(SupportedAlgorithms.TLS13_SUITES).containsExactlyElementsOf(texts(ats.get("tls13_ciphers")));
        assertThat(TlsVersion.ofAtsName(ats.get("min_tls_version").textValue().replace("TLSv1.2", "TLSv1.2")))
                .isEqualTo(Optional.of(AtsPolicy.DEFAULT.effectiveFor("example.com").minimumTlsVersion()));
        assertThat(ats.get("certificate").get("rsa_min_bits").intValue()).isEqualTo(SupportedAlgorithms.MIN_RSA_BITS);
        assertThat(ats.get("certificate").get("ecc_min_bits").intValue()).isEqualTo(SupportedAlgorithms.MIN_EC_BITS);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }
}
