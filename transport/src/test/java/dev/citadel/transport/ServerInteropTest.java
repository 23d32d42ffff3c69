package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresTool;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code openssl s_client} against our server context: what ATS accepts connects, nothing else does. */
@RequiresTool(value = "openssl", probe = "version")
class ServerInteropTest {

    @TempDir
    static Path dir;
    static Path root;
    static SSLServerSocket listener;
    static Thread acceptor;

    @BeforeAll
    static void serve() {
        TestCerts pki = new TestCerts();
        TestCerts.ServerFiles files = pki.write(dir, "server", pki.leaf(TestCerts.LeafSpec.good()));
        root = pki.writeRoot(dir);
        TlsServer server = TlsServer.fromPem(files.fullChain(), files.key()).withAlpn("h2", "http/1.1");
        listener = server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = Thread.ofVirtual().start(() -> {
            while (!listener.isClosed()) {
                try (SSLSocket s = (SSLSocket) listener.accept()) {
                    s.setSoTimeout(5_000);
                    s.startHandshake();
                    OutputStream out = s.getOutputStream();
                    out.write(("hello over " + s.getSession().getProtocol() + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    // a refused client: expected in the negative cases
                }
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        listener.close();
    }

    static Processes.Result sClient(String... extra) {
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + listener.getLocalPort(),
                "-servername", "localhost", "-verify_hostname", "localhost", "-CAfile", root.toString(), "-verify_return_error", "-ign_eof"));
        cmd.addAll(List.of(extra));
        return Processes.run(cmd, "", 20);
    }

    @Test
    void tls13() {
        Processes.Result r = sClient();
        assertThat(r.output()).contains("Verify return code: 0 (ok)").contains("TLSv1.3").contains("hello over TLSv1.3");
    }

    @Test
    void tls12WithAnAtsSuite() {
        Processes.Result r = sClient("-tls1_2");
        assertThat(r.output()).contains("Verify return code: 0 (ok)").contains("hello over TLSv1.2").contains("ECDHE-RSA-AES256-GCM-SHA384");
    }

    @Test
    void alpn() {
        assertThat(sClient("-alpn", "h2").output()).contains("ALPN protocol: h2");
    }

    @Test
    void oldProtocolsAreRefused() {
        for (String p : List.of("-tls1", "-tls1_1")) {
            Processes.Result r = sClient(p, "-cipher", "DEFAULT@SECLEVEL=0");
            assertThat(r.exit()).as(p).isNotZero();
            assertThat(r.output()).as(p).doesNotContain("hello over");
        }
    }

    @Test
    void suitesOutsideAtsAreRefused() {
        for (String c : List.of("AES256-GCM-SHA384", "ECDHE-RSA-AES256-SHA", "ECDHE-RSA-CHACHA20-POLY1305")) {
            Processes.Result r = sClient("-tls1_2", "-cipher", c);
            assertThat(r.exit()).as(c).isNotZero();
            assertThat(r.output()).as(c).doesNotContain("hello over");
        }
    }

    @Test
    void stapledOcspIsRequestable() {
        // Stapling is on for this JVM (surefire sets jdk.tls.server.enableStatusRequestExtension); these test
        // certificates name no OCSP responder, so the server has nothing to staple and says so.
        assertThat(TlsServer.ocspStaplingRequested()).isTrue();
        assertThat(sClient("-status").output()).contains("OCSP response: no response sent").contains("hello over");
    }
}
