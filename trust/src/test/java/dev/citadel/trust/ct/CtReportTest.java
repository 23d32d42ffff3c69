package dev.citadel.trust.ct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI entry point: a PEM chain file and a log-list file in, JSON-ready data out. */
@RequiresVectors("ct/real-scts")
class CtReportTest {

    @Test
    void bingUnderApple(@TempDir Path dir) throws Exception {
        Path logList = dir.resolve("log_list.json");
        Files.write(logList, CtFixtures.JSON.writeValueAsBytes(CtFixtures.realLogListJson(log -> {})));
        Map<String, Object> report = CtReport.evaluatePemChain(CtFixtures.realScts().resolve("chains/bing.com.pem"), logList,
                CtFixtures.AT, CtPolicy.APPLE, null);
        assertThat(report).containsEntry("policy", "APPLE").containsEntry("compliant", true).containsEntry("route", "EMBEDDED")
                .containsEntry("lifetimeDays", 181L).containsEntry("requiredScts", 3).containsEntry("countedScts", 3);
        assertThat((List<?>) report.get("scts")).hasSize(3);
        // Serialises with a plain JSON writer, no annotations needed.
        String json = CtFixtures.JSON.writeValueAsString(report);
        assertThat(json).contains("\"disposition\":\"COUNTED\"", "\"operator\":\"Sectigo\"");
    }

    @Test
    void nonCompliantCarriesItsReason(@TempDir Path dir) throws Exception {
        Path logList = dir.resolve("log_list.json");
        Files.write(logList, CtFixtures.JSON.writeValueAsBytes(CtFixtures.realLogListJson(log -> {})));
        Map<String, Object> report = CtReport.evaluatePemChain(CtFixtures.realScts().resolve("chains/amazon.com.pem"), logList,
                CtFixtures.AT, CtPolicy.CHROME, null);
        assertThat(report).containsEntry("compliant", false).containsEntry("reason", "NOT_ENOUGH_SCTS");
        assertThat(CtReport.readPemChain(CtFixtures.realScts().resolve("chains/amazon.com.pem"))).hasSize(2);
    }
}
