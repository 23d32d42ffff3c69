package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.testing.RequiresTool;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.ct.LogList;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our TLS client against {@code openssl s_server} on loopback, in good and bad configurations: it accepts
 * exactly the good ones and names the reason for each bad one.
 */
@RequiresTool(value = "openssl", probe = "version")
class OpensslInteropTest {

    /** Security level 0: lets OpenSSL 3 load SHA-1/RSA-1024 certificates and speak TLS 1.0/1.1 (Debian). */
    static final String SECLEVEL0 = "DEFAULT@SECLEVEL=0";

    @TempDir
    static Path dir;
    static TestCerts pki;
    static TestCerts.ServerFiles good;
    static TestCerts.ServerFiles goodEc;
    static TestCerts.ServerFiles sha1;
    static TestCerts.ServerFiles rsa1024;
    static TestCerts.ServerFiles wrongName;
    static TrustStore roots;

    @BeforeAll
    static void pki() {
        pki = new TestCerts();
        good = pki.write(dir, "good", pki.leaf(TestCerts.LeafSpec.good()));
        goodEc = pki.write(dir, "good-ec", pki.leaf(TestCerts.LeafSpec.good().ec()));
        sha1 = pki.write(dir, "sha1", pki.leaf(TestCerts.LeafSpec.good().signedWith("SHA1")));
        rsa1024 = pki.write(dir, "rsa1024", pki.leaf(TestCerts.LeafSpec.good().rsa(1024)));
        wrongName = pki.write(dir, "wrong-name", pki.leaf(TestCerts.LeafSpec.good().names("other.example")));
        roots = TrustStore.fromPem(pki.writeRoot(dir));
    }

    static TlsClient.Builder client() {
        return TlsClient.builder().trustStore(roots).clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    static TransportRefusedException refusal(TlsClient client, int port) {
        try (TlsConnection c = client.connect("localhost", port)) {
            throw new AssertionError("connected: " + c.peer());
        } catch (TransportRefusedException e) {
            return e;
        }
    }

    @Nested
    @DisplayName("good configurations connect")
    class Good {
        @Test
        void tls13() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_3");
                 TlsConnection c = client().build().connect("localhost", s.port)) {
                assertThat(c.peer().protocol()).isEqualTo("TLSv1.3");
                assertThat(SupportedAlgorithms.TLS13_SUITES).contains(c.peer().cipherSuite());
                assertThat(c.peer().policy().source()).isEqualTo(EffectivePolicy.Source.ATS_DEFAULT);
                assertThat(c.peer().chain().chain()).hasSize(3);
                assertThat(c.peer().certificateTransparency()).as("user anchor: CT not required").isEmpty();
            }
        }

        @Test
        void tls12Rsa() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_2");
                 TlsConnection c = client().build().connect("localhost", s.port)) {
                assertThat(c.peer().protocol()).isEqualTo("TLSv1.2");
                assertThat(c.peer().cipherSuite()).startsWith("TLS_ECDHE_RSA_");
                assertThat(SupportedAlgorithms.ATS_TLS12_SUITES).contains(c.peer().cipherSuite());
            }
        }

        @Test
        void tls12Ecdsa() {
            try (OpensslServer s = OpensslServer.start(goodEc, true, "-tls1_2");
                 TlsConnection c = client().build().connect("localhost", s.port)) {
                assertThat(c.peer().cipherSuite()).startsWith("TLS_ECDHE_ECDSA_");
            }
        }

        @Test
        void ipLiteralMatchesIpSan() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_3");
                 TlsConnection c = client().build().connect("127.0.0.1", s.port)) {
                assertThat(c.peer().policy().host()).isEqualTo("127.0.0.1");
            }
        }

        @Test
        void httpClientGetsAPage() throws Exception {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_3");
                 var http = client().build().httpClient()) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + s.port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("s_server");
            }
        }

        @Test
        void alpnIsOffered() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_3", "-alpn", "h2,http/1.1");
                 TlsConnection c = client().alpn("h2", "http/1.1").build().connect("localhost", s.port)) {
                assertThat(c.applicationProtocol()).isEqualTo("h2");
            }
        }
    }

    @Nested
    @DisplayName("bad configurations are refused with the reason")
    class Bad {
        @Test
        void tls10Only() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1", "-cipher", SECLEVEL0)) {
                assertThat(refusal(client().build(), s.port).reason()).isEqualTo(TransportReason.PROTOCOL_VERSION);
                // the exception that allows it makes the same server acceptable: the refusal was the policy's
                AtsPolicy allow = AtsPolicy.DEFAULT.withExceptionDomain("localhost",
                        ExceptionDomain.DEFAULTS.withMinimumTlsVersion(TlsVersion.TLS_1_0));
                try (TlsConnection c = client().atsPolicy(allow).build().connect("localhost", s.port)) {
                    assertThat(c.peer().protocol()).isEqualTo("TLSv1");
                }
            }
        }

        @Test
        void tls11Only() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_1", "-cipher", SECLEVEL0)) {
                assertThat(refusal(client().build(), s.port).reason()).isEqualTo(TransportReason.PROTOCOL_VERSION);
            }
        }

        @Test
        void rsaKeyExchangeOnly() {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_2", "-cipher", "AES256-GCM-SHA384")) {
                assertThat(refusal(client().build(), s.port).reason()).isEqualTo(TransportReason.NO_ACCEPTABLE_CIPHER_SUITE);
                AtsPolicy noFs = AtsPolicy.DEFAULT.withExceptionDomain("localhost", ExceptionDomain.DEFAULTS.withRequiresForwardSecrecy(false));
                try (TlsConnection c = client().atsPolicy(noFs).build().connect("localhost", s.port)) {
                    assertThat(c.peer().cipherSuite()).isEqualTo("TLS_RSA_WITH_AES_256_GCM_SHA384");
                }
            }
        }

        @Test
        void cbcSha1OutsideTheList() throws Exception {
            try (OpensslServer s = OpensslServer.start(good, true, "-tls1_2", "-cipher", "ECDHE-RSA-AES256-SHA")) {
                assertThat(refusal(client().build(), s.port).reason()).isEqualTo(TransportReason.NO_ACCEPTABLE_CIPHER_SUITE);
                // A caller who widens the socket's suites still meets the trust manager's check of the negotiated suite.
                TlsClient client = client().build();
                try (SSLSocket socket = (SSLSocket) client.sslContext().getSocketFactory().createSocket("localhost", s.port)) {
                    var params = client.sslParameters("localhost");
                    params.setCipherSuites(new String[] {"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"});
                    socket.setSSLParameters(params);
                    assertThatThrownBy(socket::startHandshake).satisfies(t -> {
                        TransportRefusedException e = TlsClient.explain(t, "localhost");
                        assertThat(e.reason()).isEqualTo(TransportReason.CIPHER_SUITE_REFUSED);
                        assertThat(e.algorithm()).contains(AlgorithmRefusal.CBC_SHA1_NOT_IN_ATS_LIST);
                    });
                }
            }
        }

        @Test
        void sha1Certificate() {
            try (OpensslServer s = OpensslServer.start(sha1, true, "-cipher", SECLEVEL0)) {
                TransportRefusedException e = refusal(client().build(), s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.WEAK_CERTIFICATE_SIGNATURE);
                assertThat(e.algorithm()).contains(AlgorithmRefusal.SHA1_CERTIFICATE_SIGNATURE);
            }
        }

        @Test
        void rsa1024Certificate() {
            try (OpensslServer s = OpensslServer.start(rsa1024, true, "-cipher", SECLEVEL0)) {
                TransportRefusedException e = refusal(client().build(), s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.WEAK_CERTIFICATE_KEY);
                assertThat(e.algorithm()).contains(AlgorithmRefusal.RSA_KEY_TOO_SMALL);
            }
        }

        @Test
        void wrongName() {
            try (OpensslServer s = OpensslServer.start(wrongName, true)) {
                TransportRefusedException e = refusal(client().build(), s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.UNTRUSTED_CERTIFICATE);
                assertThat(e.trustReason()).contains(TrustReason.HOST_NAME_MISMATCH);
            }
        }

        @Test
        void expired() {
            try (OpensslServer s = OpensslServer.start(good, true)) {
                TlsClient later = client().clock(Clock.fixed(Instant.parse("2041-01-01T00:00:00Z"), ZoneOffset.UTC)).build();
                TransportRefusedException e = refusal(later, s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.UNTRUSTED_CERTIFICATE);
                assertThat(e.trustReason()).contains(TrustReason.EXPIRED);
            }
        }

        @Test
        void missingIntermediate() {
            try (OpensslServer s = OpensslServer.start(good, false)) {
                TransportRefusedException e = refusal(client().build(), s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.UNTRUSTED_CERTIFICATE);
                assertThat(e.trustReason()).contains(TrustReason.ISSUER_NOT_FOUND);
            }
        }

        @Test
        void plainHttpIsRefusedBeforeAnyConnection() {
            try (var http = client().build().httpClient()) {
                assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:1/")).build(),
                        HttpResponse.BodyHandlers.discarding()))
                        .isInstanceOfSatisfying(TransportRefusedException.class,
                                e -> assertThat(e.reason()).isEqualTo(TransportReason.INSECURE_HTTP));
            }
        }
    }

    @Nested
    @DisplayName("NSPinnedDomains and Certificate Transparency")
    class PinsAndCt {
        @Test
        void leafAndCaPins() {
            SpkiPin leafPin = SpkiPin.of(dev.citadel.trust.Certificate.parsePem(read(good.leaf())).getFirst());
            SpkiPin rootPin = SpkiPin.of(pki.root.certificate());
            SpkiPin otherPin = SpkiPin.of(pki.leaf(TestCerts.LeafSpec.good()).certificate());
            try (OpensslServer s = OpensslServer.start(good, true)) {
                AtsPolicy leaf = AtsPolicy.DEFAULT.withPinnedDomain("localhost", new PinnedDomain(false, List.of(leafPin), List.of()));
                try (TlsConnection c = client().atsPolicy(leaf).build().connect("localhost", s.port)) {
                    assertThat(c.peer().policy().pins()).isPresent();
                }
                AtsPolicy ca = AtsPolicy.DEFAULT.withPinnedDomain("localhost", new PinnedDomain(false, List.of(), List.of(rootPin)));
                client().atsPolicy(ca).build().connect("localhost", s.port).close();
                AtsPolicy wrong = AtsPolicy.DEFAULT.withPinnedDomain("localhost", new PinnedDomain(false, List.of(otherPin), List.of()));
                assertThat(refusal(client().atsPolicy(wrong).build(), s.port).reason()).isEqualTo(TransportReason.PIN_MISMATCH);
                AtsPolicy wrongCa = AtsPolicy.DEFAULT.withPinnedDomain("localhost", new PinnedDomain(false, List.of(), List.of(otherPin)));
                assertThat(refusal(client().atsPolicy(wrongCa).build(), s.port).reason()).isEqualTo(TransportReason.PIN_MISMATCH);
            }
        }

        @Test
        void ctRequiredWithoutLogListFailsClosed() {
            AtsPolicy ct = AtsPolicy.DEFAULT.withExceptionDomain("localhost", ExceptionDomain.DEFAULTS.withRequiresCertificateTransparency(true));
            try (OpensslServer s = OpensslServer.start(good, true)) {
                assertThat(refusal(client().atsPolicy(ct).build(), s.port).reason()).isEqualTo(TransportReason.CT_LOG_LIST_MISSING);
                LogList empty = LogList.parse("{\"version\":\"1\",\"operators\":[]}".getBytes(StandardCharsets.UTF_8));
                TransportRefusedException e = refusal(client().atsPolicy(ct).ctLogList(empty).build(), s.port);
                assertThat(e.reason()).isEqualTo(TransportReason.CT_NOT_COMPLIANT);
                assertThat(e.ctVerdict()).isPresent();
            }
        }
    }

    static String read(Path p) {
        try {
            return java.nio.file.Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void done() {
        // servers are closed by each test; nothing shared to stop
    }
}
