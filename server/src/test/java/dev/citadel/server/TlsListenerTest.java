package dev.citadel.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.OptionalEnvironment;
import dev.citadel.testing.RequiresTool;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a key and certificate made by OpenSSL; OpenSSL's own client talks to it. */
@RequiresTool(value = "openssl", probe = "version")
class TlsListenerTest {

    @TempDir
    Path dir;
    Path key;
    Path cert;

    @BeforeEach
    void makeCertificate() throws Exception {
        key = dir.resolve("key.pem");
        cert = dir.resolve("cert.pem");
        run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"), null);
    }

    @Test
    void servesHttpsWithHstsToAJavaClientThatTrustsTheCertificate() throws Exception {
        try (RunningServer s = RunningServer.start(dir.resolve("data"), Map.of("tls.certificate", cert.toString(),
                "tls.private-key", key.toString()))) {
            assertThat(s.server.uri().getScheme()).isEqualTo("https");
            HttpClient client = HttpClient.newBuilder().sslContext(trusting(cert)).connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(s.uri("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Strict-Transport-Security")).contains("max-age=63072000; includeSubDomains");
        }
    }

    @Test
    void openSslClientCompletesTheHandshakeAndGetsAnAnswer() throws Exception {
        try (RunningServer s = RunningServer.start(dir.resolve("data"), Map.of("tls.certificate", cert.toString(),
                "tls.private-key", key.toString()))) {
            String output = converse(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + s.server.port(),
                    "-servername", "localhost", "-CAfile", cert.toString(), "-verify_return_error", "-brief"),
                    "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n", "{\"status\":\"alive\"}");
            assertThat(output).contains("Verification: OK").contains("HTTP/1.1 200").contains("Strict-Transport-Security");
        }
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trust.setCertificateEntry("test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** Sends {@code input}, waits for {@code until} in the output (10 s at most), then closes the client. */
    private static String converse(List<String> command, String input, String until) throws Exception {
        List<String> resolved = new java.util.ArrayList<>(command);
        resolved.set(0, OptionalEnvironment.tool(command.get(0)).orElseThrow().toString());
        Process p = new ProcessBuilder(resolved).redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = p.getInputStream()) {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                out.append("[read failed: ").append(e.getMessage()).append(']');
            }
        });
        p.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        p.getOutputStream().flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!out.toString().contains(until) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.getOutputStream().close();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        reader.join(5000);
        return out.toString();
    }

    private static String run(List<String> command, String input) throws Exception {
        List<String> resolved = new java.util.ArrayList<>(command);
        resolved.set(0, OptionalEnvironment.tool(command.get(0)).orElseThrow().toString());
        Process p = new ProcessBuilder(resolved).redirectErrorStream(true).start();
        if (input != null) {
            p.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as("%s: %s", command, out).isZero();
        return out;
    }
}
