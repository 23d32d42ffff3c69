package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.testing.RequiresTool;
import dev.citadel.transport.dtls.DtlsSession;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DTLS 1.2 with OpenSSL on loopback, both ways, and our client against our server. */
@RequiresTool(value = "openssl", probe = "version")
class DtlsInteropTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static TestCerts pki;
    static TestCerts.ServerFiles good;
    static TestCerts.ServerFiles wrongName;
    static Path root;

    @BeforeAll
    static void pki() {
        pki = new TestCerts();
        good = pki.write(dir, "good", pki.leaf(TestCerts.LeafSpec.good()));
        wrongName = pki.write(dir, "wrong", pki.leaf(TestCerts.LeafSpec.good().names("other.example")));
        root = pki.writeRoot(dir);
    }

    static TlsClient client() {
        return TlsClient.builder().trustStore(TrustStore.fromPem(root)).build();
    }

    @Test
    void ourClientAgainstOpensslServer() throws Exception {
        int port = OpensslServer.freePort();
        Process server = new ProcessBuilder("openssl", "s_server", "-dtls1_2", "-accept", "127.0.0.1:" + port,
                "-cert", good.leaf().toString(), "-cert_chain", good.intermediate().toString(), "-key", good.key().toString())
                .redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CompletableFuture<Void> ping = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.append(line).append('\n');
                    if (line.startsWith("ACCEPT")) {
                        ready.complete(null);
                    }
                    if (line.contains("ping from citadel")) {
                        ping.complete(null);
                    }
                }
            } catch (java.io.IOException ignored) {
                // process ended
            }
        });
        try {
            ready.get(10, TimeUnit.SECONDS);
            TlsClient client = client();
            try (DatagramChannel ch = DatagramChannel.open();
                 DtlsSession s = DtlsSession.connect(client.dtlsContext(), client.dtlsParameters("localhost"), ch,
                         new InetSocketAddress("localhost", port), TIMEOUT)) {
                assertThat(s.session().getProtocol()).isEqualTo("DTLSv1.2");
                assertThat(s.verifiedPeer()).hasValueSatisfying(p -> assertThat(SupportedAlgorithms.ATS_TLS12_SUITES).contains(p.cipherSuite()));
                s.send("ping from citadel\n".getBytes(StandardCharsets.UTF_8));
                ping.get(10, TimeUnit.SECONDS);
                OutputStream stdin = server.getOutputStream();
                stdin.write("pong from openssl\n".getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                assertThat(new String(s.receive(TIMEOUT), StandardCharsets.UTF_8)).isEqualTo("pong from openssl\n");
            }
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(out.toString()).contains("ping from citadel");
    }

    @Test
    void opensslClientAgainstOurServer() throws Exception {
        TlsServer server = TlsServer.fromPem(good.fullChain(), good.key());
        try (DatagramChannel ch = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int port = ((InetSocketAddress) ch.getLocalAddress()).getPort();
            CompletableFuture<String> received = new CompletableFuture<>();
            Thread serving = Thread.ofVirtual().start(() -> {
                try (DtlsSession s = DtlsSession.accept(server.dtlsContext(), server.dtlsParameters(), ch, TIMEOUT)) {
                    String got = new String(s.receive(TIMEOUT), StandardCharsets.UTF_8);
                    s.send(("echo: " + got).getBytes(StandardCharsets.UTF_8));
                    received.complete(got);
                    Thread.sleep(500); // let the reply arrive before close_notify
                } catch (Exception e) {
                    received.completeExceptionally(e);
                }
            });
            List<String> cmd = new ArrayList<>(List.of("openssl", "s_client", "-dtls1_2", "-connect", "127.0.0.1:" + port,
                    "-servername", "localhost", "-verify_hostname", "localhost", "-CAfile", root.toString(),
                    "-verify_return_error", "-ign_eof"));
            Processes.Result r = Processes.run(cmd, "hello from openssl\n", 30);
            serving.join(Duration.ofSeconds(10));
            assertThat(received.get(1, TimeUnit.SECONDS)).isEqualTo("hello from openssl\n");
            assertThat(r.output()).contains("Verify return code: 0 (ok)").contains("echo: hello from openssl");
        }
    }

    @Test
    void ourClientRefusesTheWrongNameOverDtls() throws Exception {
        TlsServer server = TlsServer.fromPem(wrongName.fullChain(), wrongName.key());
        try (DatagramChannel serverCh = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             DatagramChannel clientCh = DatagramChannel.open()) {
            int port = ((InetSocketAddress) serverCh.getLocalAddress()).getPort();
            Thread.ofVirtual().start(() -> {
                try (DtlsSession s = DtlsSession.accept(server.dtlsContext(), server.dtlsParameters(), serverCh, TIMEOUT)) {
                    s.receive(Duration.ofSeconds(1));
                } catch (RuntimeException expected) {
                    // the client aborts the handshake
                }
            });
            TlsClient client = client();
            assertThatThrownBy(() -> DtlsSession.connect(client.dtlsContext(), client.dtlsParameters("localhost"), clientCh,
                    new InetSocketAddress("localhost", port), TIMEOUT))
                    .isInstanceOfSatisfying(TransportRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(TransportReason.UNTRUSTED_CERTIFICATE);
                        assertThat(e.trustReason()).contains(TrustReason.HOST_NAME_MISMATCH);
                    });
        }
    }
}
