package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.transport.TlsServer;
import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel ats diagnose}: rows, the minimal dictionary, exit codes 0 / 1 / 2. */
class AtsCommandTest {

    static final Issued ROOT = TestPki.root("CN=ATS CLI Root");
    static final Issued ICA = ROOT.issue(TestPki.ca("CN=ATS CLI ICA"));

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args);
        return new Result(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    /** Serves TLS with {@code leaf} (and the ICA) until closed; each connection is handshaken, then closed. */
    SSLServerSocket serve(Issued leaf) throws IOException {
        String key = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(leaf.key().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        SSLServerSocket s = TlsServer.fromPem(leaf.pem() + ICA.pem(), key)
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(() -> {
            while (!s.isClosed()) {
                try (SSLSocket c = (SSLSocket) s.accept()) {
                    c.setSoTimeout(5_000);
                    c.startHandshake();
                } catch (IOException refused) {
                    // clients the policy refuses abort the handshake
                }
            }
        });
        return s;
    }

    Path roots() throws IOException {
        Path p = dir.resolve("root.pem");
        Files.writeString(p, ROOT.pem());
        return p;
    }

    @Test
    void goodServerPassesEveryRowAndExitsZero() throws Exception {
        try (SSLServerSocket s = serve(ICA.issue(TestPki.leaf("CN=localhost").dns("localhost")))) {
            Result r = run("ats", "diagnose", "https://localhost:" + s.getLocalPort(), "--roots", roots().toString(),
                    "--at", "2026-06-01T00:00:00Z");
            assertThat(r.code()).as(r.err() + r.out()).isZero();
            assertThat(r.out()).contains("PASS  Default ATS").contains("PASS  NSExceptionMinimumTLSVersion = TLSv1.3")
                    .doesNotContain("FAIL").contains("none needed (default ATS connects)");
        }
    }

    @Test
    void wrongNameFailsEveryRowAndExitsOne() throws Exception {
        try (SSLServerSocket s = serve(ICA.issue(TestPki.leaf("CN=other.example").dns("other.example")))) {
            Result r = run("ats", "diagnose", "https://localhost:" + s.getLocalPort(), "--roots", roots().toString(),
                    "--at", "2026-06-01T00:00:00Z", "--verbose");
            assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.out()).contains("FAIL  Default ATS").contains("UNTRUSTED_CERTIFICATE (HOST_NAME_MISMATCH)")
                    .doesNotContain("PASS").contains("no ATS exception fixes");
        }
    }

    @Test
    void unreachableServerFailsEveryRowAndExitsOne() {
        Result r = run("ats", "diagnose", "https://localhost:1", "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.out()).contains("FAIL  Default ATS").contains("CONNECTION_FAILED");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("ats", "diagnose", "http://localhost:1").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("ats", "diagnose", "https://localhost:1", "--at", "yesterday").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("ats", "diagnose", "https://localhost:1", "--roots", dir.resolve("missing").toString()).code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("ats", "diagnose").code()).isEqualTo(ExitCodes.USAGE);
    }
}
