package dev.citadel.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.trust.TrustStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * RC4 and 3DES: Debian's OpenSSL 3 refuses them even at security level 0, so a JSSE server in a separate JVM
 * (its {@code jdk.tls.disabledAlgorithms} relaxed there only) offers exactly one weak suite. A permissive
 * client there proves the suite is really offered; then the Citadel client refuses it, and so does its trust
 * manager when a caller forces the suite into the ClientHello, naming the weakness.
 */
class WeakSuiteTest {

    @TempDir
    static Path dir;
    static TestCerts.ServerFiles good;
    static Path root;

    @BeforeAll
    static void pki() {
        TestCerts pki = new TestCerts();
        good = pki.write(dir, "good", pki.leaf(TestCerts.LeafSpec.good()));
        root = pki.writeRoot(dir);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SSL_RSA_WITH_RC4_128_SHA, RC4",
            "TLS_ECDHE_RSA_WITH_RC4_128_SHA, RC4",
            "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA, TRIPLE_DES",
            "SSL_RSA_WITH_3DES_EDE_CBC_SHA, TRIPLE_DES",
    })
    void weakSuiteIsOfferedAndRefused(String suite, AlgorithmRefusal why) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                WeakSuiteServer.class.getName(), good.fullChain().toString(), good.key().toString(), root.toString(), suite)
                .redirectErrorStream(true).start();
        Map<String, String> lines = new HashMap<>();
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                all.append(line).append('\n');
                int sp = line.indexOf(' ');
                if (sp > 0) {
                    lines.put(line.substring(0, sp), line.substring(sp + 1));
                }
                if (line.equals("DONE")) {
                    break;
                }
                if (line.startsWith("PORT ")) {
                    // 4. This JVM (JDK defaults for RC4/3DES): the Citadel client is refused too.
                    TlsClient here = TlsClient.builder().trustStore(TrustStore.fromPem(root)).build();
                    int port = Integer.parseInt(line.substring(5));
                    try (TlsConnection c = here.connect("localhost", port)) {
                        lines.put("HERE", "CONNECTED " + c.peer().cipherSuite());
                    } catch (TransportRefusedException e) {
                        lines.put("HERE", e.reason().name());
                    }
                }
            }
        } finally {
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(lines).as(all.toString()).containsEntry("PERMISSIVE", suite);
        assertThat(lines.get("CITADEL")).isEqualTo(TransportReason.NO_ACCEPTABLE_CIPHER_SUITE.name());
        assertThat(lines.get("HERE")).isEqualTo(TransportReason.NO_ACCEPTABLE_CIPHER_SUITE.name());
        assertThat(lines.get("FORCED")).isEqualTo(TransportReason.CIPHER_SUITE_REFUSED + " " + why);
        assertThat(SupportedAlgorithms.cipherSuiteRefusal(suite, false)).contains(why);
        assertThat(List.of(lines.keySet().toArray())).doesNotContain("CONNECTED");
    }
}
