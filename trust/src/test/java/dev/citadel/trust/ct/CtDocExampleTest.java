package dev.citadel.trust.ct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage example of docs/trust-ct.md, run on a real chain. */
@RequiresVectors("ct/real-scts")
class CtDocExampleTest {

    @Test
    void usageExample(@TempDir Path dir) throws Exception {
        Path logListFile = dir.resolve("log_list.json");
        Files.write(logListFile, CtFixtures.JSON.writeValueAsBytes(CtFixtures.realLogListJson(log -> {})));
        List<byte[]> chain = CtFixtures.chain("bing.com");
        byte[] leafDer = chain.get(0);
        byte[] issuerDer = chain.get(1);
        Instant validationInstant = Instant.parse("2026-03-20T00:00:00Z");

        LogList logs = LogList.parse(Files.readAllBytes(logListFile));
        CtVerifier ct = new CtVerifier(logs, CtPolicy.APPLE);
        CtInput input = CtInput.of(leafDer, issuerDer);
        CtVerdict verdict = ct.evaluate(input, validationInstant);
        String summary = switch (verdict) {
            case CtVerdict.Compliant ok -> "CT ok via " + ok.route() + ": " + ok.counted().size() + " SCTs counted";
            case CtVerdict.NonCompliant no -> "CT refused: " + no.reason() + " (" + no.detail() + ")";
        };
        verdict.scts().forEach(s -> System.out.println(s.log().orElse(s.logId().base64()) + " " + s.disposition()));
        CtVerdict.Compliant ok = verdict.requireCompliant();
        VerifiedSct v = ct.verify(SctLists.fromCertificate(leafDer).getFirst(), input, validationInstant);

        assertThat(summary).isEqualTo("CT ok via EMBEDDED: 3 SCTs counted");
        assertThat(ok.lifetimeDays()).isEqualTo(181);
        assertThat(v.log().operator()).isEqualTo("Google");
    }
}
