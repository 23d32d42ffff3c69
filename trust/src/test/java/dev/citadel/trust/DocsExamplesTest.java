package dev.citadel.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/trust.md, run. */
class DocsExamplesTest {

    @Test
    void evaluateAChainFromPemAgainstAnchorsFromADirectory(@TempDir Path dir) throws Exception {
        Issued root = TestPki.root("CN=Corp Root");
        Issued ica = root.issue(TestPki.ca("CN=Corp ICA"));
        Issued leaf = ica.issue(TestPki.leaf("CN=www.corp.example").dns("www.corp.example"));
        Files.writeString(dir.resolve("chain.pem"), leaf.pem() + ica.pem());
        Path roots = Files.createDirectory(dir.resolve("corp-roots"));
        Files.writeString(roots.resolve("root.pem"), root.pem());

        List<Certificate> chain = Certificate.parsePem(Files.readString(dir.resolve("chain.pem")));
        TrustStore store = TrustStore.jdkDefault().with(TrustStore.fromPem(roots,
                new AnchorConstraints(List.of("dns:corp.example", "ip:10.0.0.0/8"), List.of(),
                        Set.of(TrustPolicy.Kind.SSL_SERVER, TrustPolicy.Kind.SSL_CLIENT))));
        TrustEvaluator evaluator = TrustEvaluator.builder(store).clock(Clock.fixed(TestPki.NOW, ZoneOffset.UTC)).build();
        TrustResult result = evaluator.evaluate(chain, TrustPolicy.sslServer("www.corp.example"));
        VerifiedChain verified = result.requireTrusted();
        assertThat(verified.anchor().certificate()).isEqualTo(root.certificate());

        TrustResult codeSigning = evaluator.evaluate(chain, new TrustPolicy.CodeSigning());
        assertThat(codeSigning.problems()).extracting(CertificateProblem::reason).contains(TrustReason.ANCHOR_CONSTRAINT);
    }

    @Test
    @RequiresVectors("applepay")
    void pinnedAppleRootLoads() {
        TrustAnchor apple = PinnedRoot.load(Vectors.resolve("applepay/roots/AppleRootCA-G3.pem"),
                "63343abfb89a6a03ebb57e9b3f5fa7be7c4f5c756f3017b3a8c488c3653e9179");
        assertThat(apple.certificate().subject()).contains("CN=Apple Root CA - G3");
        TrustPolicy applePay = new TrustPolicy.AppleMarker("Apple Pay", Set.of("1.2.840.113635.100.6.29"),
                Set.of("1.2.840.113635.100.6.2.14"), Optional.empty());
        assertThat(applePay.kind()).isEqualTo(TrustPolicy.Kind.APPLE_MARKER);
    }
}
