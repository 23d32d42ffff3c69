package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresTool;
import dev.citadel.trust.TrustStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AtsDiagnostics} against {@code openssl s_server} in each configuration: the rendered report must
 * equal the golden file ({@code src/test/resources/diagnose/NAME.txt}, port replaced by {@code PORT}).
 */
@RequiresTool(value = "openssl", probe = "version")
class AtsDiagnosticsTest {

    @TempDir
    static Path dir;
    static TestCerts.ServerFiles good;
    static TestCerts.ServerFiles sha1;
    static TestCerts.ServerFiles wrongName;
    static TrustStore roots;

    @BeforeAll
    static void pki() {
        TestCerts pki = new TestCerts();
        good = pki.write(dir, "good", pki.leaf(TestCerts.LeafSpec.good()));
        sha1 = pki.write(dir, "sha1", pki.leaf(TestCerts.LeafSpec.good().signedWith("SHA1")));
        wrongName = pki.write(dir, "wrong", pki.leaf(TestCerts.LeafSpec.good().names("other.example")));
        roots = TrustStore.fromPem(pki.writeRoot(dir));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tls13-and-12       | good  | true  | ",
            "tls12-only         | good  | true  | -tls1_2",
            "tls10-only         | good  | true  | -tls1 -cipher DEFAULT@SECLEVEL=0",
            "tls11-only         | good  | true  | -tls1_1 -cipher DEFAULT@SECLEVEL=0",
            "rsa-key-exchange   | good  | true  | -tls1_2 -cipher AES256-GCM-SHA384",
            "sha1-certificate   | sha1  | true  | -cipher DEFAULT@SECLEVEL=0",
            "wrong-name         | wrong | true  | ",
            "missing-intermediate | good | false | ",
    })
    void golden(String name, String identity, boolean withIntermediate, String args) throws IOException {
        TestCerts.ServerFiles files = switch (identity) {
            case "good" -> good;
            case "sha1" -> sha1;
            default -> wrongName;
        };
        String[] extra = args == null ? new String[0] : args.trim().split(" ");
        String report;
        try (OpensslServer s = OpensslServer.start(files, withIntermediate, extra)) {
            TlsClient.Builder clients = TlsClient.builder().trustStore(roots)
                    .clock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
            AtsDiagnostics.Report r = AtsDiagnostics.diagnose(URI.create("https://localhost:" + s.port), AtsPolicy.DEFAULT, clients);
            report = r.render(false).replace(":" + s.port, ":PORT");
        }
        String golden = golden(name);
        if (golden == null) {
            Path out = Path.of("target", "diagnose-" + name + ".txt");
            Files.writeString(out, report);
            throw new AssertionError("no golden file for " + name + "; this run's output is in " + out.toAbsolutePath());
        }
        assertThat(report).isEqualTo(golden);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = AtsDiagnosticsTest.class.getResourceAsStream("/diagnose/" + name + ".txt")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
