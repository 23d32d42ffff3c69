package dev.citadel.trust.internal.ct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.trust.ct.CtLog;
import dev.citadel.trust.ct.CtPolicy;
import dev.citadel.trust.ct.CtVerdict;
import dev.citadel.trust.ct.LogApi;
import dev.citadel.trust.ct.LogId;
import dev.citadel.trust.ct.LogState;
import dev.citadel.trust.ct.LogStatus;
import dev.citadel.trust.ct.SctDisposition;
import dev.citadel.trust.ct.SctFinding;
import dev.citadel.trust.ct.SctSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The policy rules on SCTs whose signatures were already checked (the engine never sees keys): the cases
 * the real chains do not contain.
 */
class PolicyEngineTest {

    private static final Instant AT = Instant.parse("2026-03-20T00:00:00Z");
    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");

    private static CtLog log(int n, String operator, LogStatus status, Instant since) {
        byte[] id = new byte[32];
        id[0] = (byte) n;
        return new CtLog("log " + n, LogId.of(id), "AA==", LogApi.RFC6962, operator, List.of(), 86_400,
                Optional.of(new LogState(status, since)), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static PolicyEngine.Candidate sct(int index, CtLog log, Instant timestamp) {
        return new PolicyEngine.Candidate(new SctFinding(index, SctSource.EMBEDDED, log.logId(), timestamp,
                Optional.of(log.description()), Optional.of(log.operator()), Optional.of(log.api()), SctDisposition.COUNTED, "valid"), log);
    }

    private static final Instant EARLY = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:05:00Z");

    @Test
    @DisplayName("Apple: lifetimes over 398 days cannot comply (LIFETIME_OUT_OF_POLICY); 398 days can")
    void appleLifetimeTable() {
        List<PolicyEngine.Candidate> three = List.of(sct(0, log(1, "A", LogStatus.USABLE, EARLY), ISSUED),
                sct(1, log(2, "B", LogStatus.USABLE, EARLY), ISSUED), sct(2, log(3, "C", LogStatus.USABLE, EARLY), ISSUED));
        // 398 days inclusive: notAfter − notBefore = 398 days − 1 s.
        Instant day398 = NOT_BEFORE.plus(Duration.ofDays(398)).minusSeconds(1);
        CtVerdict ok = PolicyEngine.evaluate(CtPolicy.APPLE, three, NOT_BEFORE, day398, AT, List.of());
        assertThat(ok).isInstanceOf(CtVerdict.Compliant.class);
        assertThat(ok.lifetimeDays()).isEqualTo(398);
        CtVerdict tooLong = PolicyEngine.evaluate(CtPolicy.APPLE, three, NOT_BEFORE, day398.plusSeconds(1), AT, List.of());
        assertThat(((CtVerdict.NonCompliant) tooLong).reason()).isEqualTo(CtVerdict.Reason.LIFETIME_OUT_OF_POLICY);
        assertThat(tooLong.lifetimeDays()).isEqualTo(399);
    }

    @Test
    @DisplayName("Apple: exactly 180 days inclusive needs 2; one second more needs 3")
    void appleInclusiveCounting() {
        List<PolicyEngine.Candidate> two = List.of(sct(0, log(1, "A", LogStatus.USABLE, EARLY), ISSUED),
                sct(1, log(2, "B", LogStatus.USABLE, EARLY), ISSUED));
        Instant day180 = NOT_BEFORE.plus(Duration.ofDays(180)).minusSeconds(1);
        assertThat(PolicyEngine.evaluate(CtPolicy.APPLE, two, NOT_BEFORE, day180, AT, List.of())).isInstanceOf(CtVerdict.Compliant.class);
        CtVerdict over = PolicyEngine.evaluate(CtPolicy.APPLE, two, NOT_BEFORE, day180.plusSeconds(1), AT, List.of());
        assertThat(over.lifetimeDays()).isEqualTo(181);
        assertThat(((CtVerdict.NonCompliant) over).reason()).isEqualTo(CtVerdict.Reason.NOT_ENOUGH_SCTS);
        // Chrome compares notAfter − notBefore = 180 days with 180 days: still 2.
        assertThat(PolicyEngine.evaluate(CtPolicy.CHROME, two, NOT_BEFORE, day180.plusSeconds(1), AT, List.of()))
                .isInstanceOf(CtVerdict.Compliant.class);
    }

    @Test
    @DisplayName("two SCTs from one log count once: DUPLICATE_LOG")
    void duplicateLog() {
        CtLog a = log(1, "A", LogStatus.USABLE, EARLY);
        List<PolicyEngine.Candidate> scts = List.of(sct(0, a, ISSUED), sct(1, a, ISSUED.plusSeconds(1)), sct(2, log(2, "B", LogStatus.USABLE, EARLY), ISSUED));
        for (CtPolicy policy : CtPolicy.values()) {
            CtVerdict verdict = PolicyEngine.evaluate(policy, scts, NOT_BEFORE, NOT_BEFORE.plus(Duration.ofDays(90)), AT, List.of());
            assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
            assertThat(verdict.scts().get(1).disposition()).isEqualTo(SctDisposition.DUPLICATE_LOG);
        }
    }

    @Test
    @DisplayName("no SCT at all: NO_SCTS")
    void noScts() {
        for (CtPolicy policy : CtPolicy.values()) {
            CtVerdict verdict = PolicyEngine.evaluate(policy, List.of(), NOT_BEFORE, NOT_BEFORE.plus(Duration.ofDays(90)), AT, List.of());
            assertThat(((CtVerdict.NonCompliant) verdict).reason()).isEqualTo(CtVerdict.Reason.NO_SCTS);
            assertThat(verdict.route()).isEqualTo(CtVerdict.Route.NONE);
        }
    }

    @Test
    @DisplayName("Chrome: a retired log's SCT counts only if the earliest SCT from an approved log also predates the retirement")
    void chromeEarliestSct() {
        Instant retired = Instant.parse("2026-01-10T00:00:00Z");
        CtLog gone = log(1, "A", LogStatus.RETIRED, retired);
        // The retired log's SCT predates the retirement, but the other SCTs were issued after it.
        List<PolicyEngine.Candidate> scts = List.of(sct(0, gone, Instant.parse("2026-01-09T00:00:00Z")),
                sct(1, log(2, "B", LogStatus.USABLE, EARLY), Instant.parse("2026-01-11T00:00:00Z")),
                sct(2, log(3, "C", LogStatus.USABLE, EARLY), Instant.parse("2026-01-11T00:00:00Z")));
        CtVerdict chrome = PolicyEngine.evaluate(CtPolicy.CHROME, scts, NOT_BEFORE, NOT_BEFORE.plus(Duration.ofDays(90)), AT, List.of());
        assertThat(chrome.scts().get(0).disposition()).isEqualTo(SctDisposition.LOG_RETIRED_BEFORE_SCT);
        CtVerdict apple = PolicyEngine.evaluate(CtPolicy.APPLE, scts, NOT_BEFORE, NOT_BEFORE.plus(Duration.ofDays(90)), AT, List.of());
        assertThat(apple.scts().get(0).disposition()).isIn(SctDisposition.COUNTED, SctDisposition.DUPLICATE_OPERATOR);
    }
}
