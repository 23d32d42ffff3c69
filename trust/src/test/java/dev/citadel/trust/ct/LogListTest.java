package dev.citadel.trust.ct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** v3 log lists: the certificate-transparency-go sample, and strictness on hostile JSON. */
class LogListTest {

    private static final String KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6Tx2p1yKY4015NyIYvdrk36es0uAc1zA4PQ+TGRY+3ZjUTIYY9Wyu+3q/147JG4vNVKLtDWarZwVqGkg6lAYzA==";
    private static final String ID = "sh4FzIuizYogTodm+Su5iiUgZ2va+nDnsklTLe+LkF4=";

    private static String list(String log) {
        return "{\"version\":\"1\",\"log_list_timestamp\":\"2026-01-01T00:00:00Z\",\"operators\":[{\"name\":\"Op\",\"email\":[],\"logs\":["
                + log + "]}]}";
    }

    private static String log(String extra) {
        return "{\"description\":\"L\",\"log_id\":\"" + ID + "\",\"key\":\"" + KEY + "\",\"url\":\"https://l/\",\"mmd\":86400"
                + ",\"state\":{\"usable\":{\"timestamp\":\"2025-01-01T00:00:00Z\"}}" + extra + "}";
    }

    private static CtException.Reason reasonOf(String json) {
        try {
            LogList.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (CtException e) {
            return e.ctReason();
        }
        throw new AssertionError("parsed");
    }

    @Test
    void minimalListParses() {
        LogList list = LogList.parse(list(log(",\"temporal_interval\":{\"start_inclusive\":\"2026-01-01T00:00:00Z\",\"end_exclusive\":\"2027-01-01T00:00:00Z\"},\"log_type\":\"prod\"")).getBytes(StandardCharsets.UTF_8));
        CtLog log = list.logs().getFirst();
        assertThat(log.logId()).isEqualTo(LogId.fromBase64(ID));
        assertThat(log.state()).contains(new LogState(LogStatus.USABLE, Instant.parse("2025-01-01T00:00:00Z")));
        assertThat(log.logType()).contains("prod");
        assertThat(log.api()).isEqualTo(LogApi.RFC6962);
        assertThat(list.find(LogId.fromBase64(ID))).contains(log);
    }

    @Test
    @DisplayName("strict JSON: duplicate keys, trailing content, unknown fields, wrong types")
    void strictJson() {
        assertThat(reasonOf(list(log("")).replace("\"version\":\"1\"", "\"version\":\"1\",\"version\":\"2\""))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log("")) + "{}")).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log(",\"colour\":\"blue\"")))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log("")).replace("\"mmd\":86400", "\"mmd\":\"86400\""))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf("[]")).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf("{\"version\":\"1\"}")).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
    }

    @Test
    @DisplayName("log_id must be SHA-256(key); a log listed twice is refused")
    void logIdIsTheKeyHash() {
        assertThat(reasonOf(list(log("")).replace(ID, "DleUvPOuqT4zGyyZB7P3kN+bwj1xMiXdIaklrGHFTiE="))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log("") + "," + log("")))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
    }

    @Test
    @DisplayName("state: exactly one known state with an RFC 3339 timestamp; intervals must be ordered")
    void states() {
        String two = list(log("")).replace("{\"usable\":{\"timestamp\":\"2025-01-01T00:00:00Z\"}}",
                "{\"usable\":{\"timestamp\":\"2025-01-01T00:00:00Z\"},\"retired\":{\"timestamp\":\"2025-02-01T00:00:00Z\"}}");
        assertThat(reasonOf(two)).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log("")).replace("usable", "trusted"))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log("")).replace("2025-01-01T00:00:00Z", "yesterday"))).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
        assertThat(reasonOf(list(log(",\"temporal_interval\":{\"start_inclusive\":\"2027-01-01T00:00:00Z\",\"end_exclusive\":\"2026-01-01T00:00:00Z\"}"))))
                .isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
    }

    @Test
    @DisplayName("deep nesting is refused before it costs anything")
    void deepNesting() {
        assertThat(reasonOf("{\"is_all_logs\":" + "[".repeat(1000) + "]".repeat(1000) + "}")).isEqualTo(CtException.Reason.MALFORMED_LOG_LIST);
    }

    @Test
    @RequiresVectors("ct/ct-go-testdata")
    @DisplayName("certificate-transparency-go's loglist3.json: six logs, states, intervals; Racketeer's raw key is unusable, not fatal")
    void ctGoSample() throws Exception {
        LogList list = LogList.parse(Files.readAllBytes(Vectors.resolve("ct/ct-go-testdata/testdata/loglist3.json")));
        assertThat(list.version()).isEqualTo("9.4");
        assertThat(list.operators()).containsExactly("Google", "Bob's CT Log Shop");
        assertThat(list.logs()).hasSize(6);
        assertThat(list.logs()).extracting(l -> l.state().map(LogState::status).orElse(null))
                .containsExactly(LogStatus.READONLY, LogStatus.USABLE, null, LogStatus.USABLE, LogStatus.QUALIFIED, LogStatus.RETIRED);
        assertThat(list.logs().get(4).temporalInterval()).isPresent();
        CtVerifier verifier = new CtVerifier(list, CtPolicy.APPLE);
        assertThat(verifier.logList().logs()).hasSize(6);
    }

    @Test
    @RequiresVectors("ct/real-scts")
    void realFixtureParses() {
        LogList list = CtFixtures.realLogList();
        assertThat(list.logs()).hasSize(15);
        assertThat(list.logs()).filteredOn(l -> l.api() == LogApi.STATIC_CT_API).singleElement()
                .extracting(CtLog::description).isEqualTo("Let's Encrypt 'Sycamore2026h1'");
    }
}
