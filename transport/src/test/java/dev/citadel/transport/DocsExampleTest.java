package dev.citadel.transport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.transport.dtls.DtlsSession;
import dev.citadel.trust.TrustStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of {@code docs/transport.md}, run against our own server (no external tool). */
class DocsExampleTest {

    @TempDir
    Path dir;

    @Test
    void policyClientHttpClientServerAndDtls() throws Exception {
        TestCerts pki = new TestCerts();
        TestCerts.ServerFiles files = pki.write(dir, "server", pki.leaf(TestCerts.LeafSpec.good()));
        Files.copy(files.fullChain(), dir.resolve("chain.pem"));
        Files.copy(files.key(), dir.resolve("key.pem"));
        Files.copy(pki.writeRoot(dir), dir.resolve("roots.pem"));
        Files.writeString(dir.resolve("ats.json"), """
                {"NSAppTransportSecurity": {"NSExceptionDomains": {"legacy.example.com": {
                  "NSIncludesSubdomains": true, "NSExceptionMinimumTLSVersion": "TLSv1.0", "NSExceptionRequiresForwardSecrecy": false}}}}
                """);

        // An ATS policy
        AtsPolicy ats = AtsPolicyReader.read(dir.resolve("ats.json"));
        EffectivePolicy p = ats.effectiveFor("api.legacy.example.com");
        assertThat(p.source()).isEqualTo(EffectivePolicy.Source.EXCEPTION_DOMAIN);
        assertThat(p.matchedDomain()).contains("legacy.example.com");
        assertThat(p.minimumTlsVersion()).isEqualTo(TlsVersion.TLS_1_0);

        // A TLS server
        TlsServer server = TlsServer.fromPem(dir.resolve("chain.pem"), dir.resolve("key.pem")).withAlpn("h2", "http/1.1");
        try (SSLServerSocket listener = server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = listener.getLocalPort();
            Thread.ofVirtual().start(() -> {
                while (!listener.isClosed()) {
                    try (SSLSocket s = (SSLSocket) listener.accept()) {
                        s.startHandshake();
                        s.getInputStream().read(new byte[256]);
                        s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(UTF_8));
                    } catch (IOException e) {
                        // next client
                    }
                }
            });

            // A TLS client
            TlsClient client = TlsClient.builder().atsPolicy(ats).trustStore(TrustStore.fromPem(dir.resolve("roots.pem")))
                    .alpn("h2", "http/1.1").build();
            try (TlsConnection c = client.connect("localhost", port)) {
                assertThat(c.peer().protocol()).isEqualTo("TLSv1.3");
                assertThat(c.applicationProtocol()).isEqualTo("h2");
                c.socket().getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(UTF_8));
            }

            // java.net.http.HttpClient
            TlsClient plain = TlsClient.builder().atsPolicy(ats).trustStore(TrustStore.fromPem(dir.resolve("roots.pem"))).build();
            try (HttpClient http = plain.httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.body()).isEqualTo("ok");
            }
        }

        // DTLS 1.2
        TlsClient client = TlsClient.builder().trustStore(TrustStore.fromPem(dir.resolve("roots.pem"))).build();
        try (DatagramChannel serverCh = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = ((InetSocketAddress) serverCh.getLocalAddress()).getPort();
            Thread echo = Thread.ofVirtual().start(() -> {
                try (DtlsSession s = DtlsSession.accept(server.dtlsContext(), server.dtlsParameters(), serverCh, Duration.ofSeconds(10))) {
                    s.send(s.receive(Duration.ofSeconds(10)));
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try (DatagramChannel ch = DatagramChannel.open();
                 DtlsSession s = DtlsSession.connect(client.dtlsContext(), client.dtlsParameters("localhost"), ch,
                         new InetSocketAddress("localhost", port), Duration.ofSeconds(10))) {
                s.send("ping".getBytes(UTF_8));
                assertThat(new String(s.receive(Duration.ofSeconds(10)), UTF_8)).isEqualTo("ping");
                assertThat(s.verifiedPeer()).isPresent();
            }
            echo.join(Duration.ofSeconds(10));
        }
    }
}
