package dev.citadel.trust.ct;

import static dev.citadel.trust.ct.CtFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import dev.citadel.testing.RequiresVectors;

/**
 * Log-state, operator and log-API rules of both policies, on real chains whose log list is edited.
 * google.com carries SCTs from Sectigo 'Tiger2026h1' (2026-02-02) and Google 'Xenon2026h1'; cloudflare.com
 * from DigiCert 'Sphinx2026h1' and Google 'Xenon2026h1'; stackoverflow.com from Sectigo 'Tiger2026h1'
 * and Let's Encrypt 'Sycamore2026h1' (static-ct-api). All are 84–91-day leaves: 2 SCTs needed.
 */
@RequiresVectors("ct/real-scts")
class CtPolicyTest {

    private static final String TIGER = "Sectigo 'Tiger2026h1'";
    private static final String XENON = "Google 'Xenon2026h1' log";

    private static CtVerdict evaluate(CtPolicy policy, String chain, Consumer<ObjectNode> edit) {
        return new CtVerifier(CtFixtures.parse(CtFixtures.realLogListJson(edit)), policy).evaluate(CtFixtures.input(chain), AT);
    }

    private static SctDisposition dispositionOf(CtVerdict verdict, String log) {
        return verdict.scts().stream().filter(s -> s.log().orElse("").equals(log)).findFirst().orElseThrow().disposition();
    }

    private static CtVerdict.Reason reasonOf(CtVerdict verdict) {
        assertThat(verdict).isInstanceOf(CtVerdict.NonCompliant.class);
        return ((CtVerdict.NonCompliant) verdict).reason();
    }

    @Nested
    class LogStates {

        @Test
        @DisplayName("retired before the SCT: LOG_RETIRED_BEFORE_SCT, not enough SCTs (both policies)")
        void retiredBeforeSct() {
            for (CtPolicy policy : CtPolicy.values()) {
                CtVerdict verdict = evaluate(policy, "google.com", CtFixtures.state(TIGER, "retired", "2026-01-15T00:00:00Z"));
                assertThat(dispositionOf(verdict, TIGER)).isEqualTo(SctDisposition.LOG_RETIRED_BEFORE_SCT);
                assertThat(reasonOf(verdict)).isEqualTo(CtVerdict.Reason.NOT_ENOUGH_SCTS);
            }
        }

        @Test
        @DisplayName("retired after the SCT: once approved, still counts beside a currently approved log")
        void retiredAfterSct() {
            for (CtPolicy policy : CtPolicy.values()) {
                CtVerdict verdict = evaluate(policy, "google.com", CtFixtures.state(TIGER, "retired", "2026-03-01T00:00:00Z"));
                assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
                assertThat(dispositionOf(verdict, TIGER)).isEqualTo(SctDisposition.COUNTED);
            }
        }

        @Test
        @DisplayName("every log retired after its SCT: NO_CURRENTLY_APPROVED_LOG")
        void noCurrentlyApprovedLog() {
            Consumer<ObjectNode> both = CtFixtures.state(TIGER, "retired", "2026-03-01T00:00:00Z")
                    .andThen(CtFixtures.state(XENON, "retired", "2026-03-01T00:00:00Z"));
            for (CtPolicy policy : CtPolicy.values()) {
                assertThat(reasonOf(evaluate(policy, "google.com", both))).isEqualTo(CtVerdict.Reason.NO_CURRENTLY_APPROVED_LOG);
            }
        }

        @Test
        @DisplayName("retired after the validation instant: still approved at the time of check")
        void retiredLater() {
            CtVerdict verdict = evaluate(CtPolicy.APPLE, "google.com", CtFixtures.state(TIGER, "retired", "2026-04-01T00:00:00Z"));
            assertThat(verdict).isInstanceOf(CtVerdict.Compliant.class);
        }

        @Test
        @DisplayName("pending, rejected and state-less logs never count")
        void neverApproved() {
            assertThat(dispositionOf(evaluate(CtPolicy.APPLE, "google.com", CtFixtures.state(TIGER, "pending", "2025-06-01T00:00:00Z")), TIGER))
                    .isEqualTo(SctDisposition.LOG_PENDING);
            assertThat(dispositionOf(evaluate(CtPolicy.CHROME, "google.com", CtFixtures.state(TIGER, "rejected", "2025-06-01T00:00:00Z")), TIGER))
                    .isEqualTo(SctDisposition.LOG_REJECTED);
            CtVerdict stateless = evaluate(CtPolicy.APPLE, "google.com", log -> {
                if (log.get("description").asText().equals(TIGER)) {
                    log.remove("state");
                }
            });
            assertThat(dispositionOf(stateless, TIGER)).isEqualTo(SctDisposition.LOG_STATE_UNSPECIFIED);
            assertThat(reasonOf(stateless)).isEqualTo(CtVerdict.Reason.NOT_ENOUGH_SCTS);
        }

        @Test
        @DisplayName("qualified and readonly logs count as currently approved")
        void qualifiedAndReadonly() {
            Consumer<ObjectNode> edit = CtFixtures.state(TIGER, "qualified", "2025-06-01T00:00:00Z")
                    .andThen(CtFixtures.state(XENON, "readonly", "2026-03-01T00:00:00Z"));
            assertThat(evaluate(CtPolicy.APPLE, "google.com", edit)).isInstanceOf(CtVerdict.Compliant.class);
        }
    }

    @Nested
    class Operators {

        @Test
        @DisplayName("two SCTs from one operator: NOT_DIVERSE_OPERATORS (both policies)")
        void sameOperator() {
            Consumer<ObjectNode> xenonToDigiCert = log -> {
                if (log.get("description").asText().equals(XENON)) {
                    log.put("_operator", "DigiCert");
                }
            };
            for (CtPolicy policy : CtPolicy.values()) {
                assertThat(reasonOf(evaluate(policy, "cloudflare.com", xenonToDigiCert))).isEqualTo(CtVerdict.Reason.NOT_DIVERSE_OPERATORS);
            }
        }

        @Test
        @DisplayName("previous_operators: the operator at the SCT's time counts, not today's")
        void previousOperator() {
            Consumer<ObjectNode> xenonWasDigiCerts = log -> {
                if (log.get("description").asText().equals(XENON)) {
                    log.putArray("previous_operators").addObject().put("name", "DigiCert").put("end_time", "2026-06-01T00:00:00Z");
                }
            };
            CtVerdict verdict = evaluate(CtPolicy.CHROME, "cloudflare.com", xenonWasDigiCerts);
            assertThat(reasonOf(verdict)).isEqualTo(CtVerdict.Reason.NOT_DIVERSE_OPERATORS);
            assertThat(verdict.scts()).extracting(s -> s.operator().orElseThrow()).containsOnly("DigiCert");
        }
    }

    @Nested
    class LogApis {

        @Test
        @DisplayName("no RFC 6962 log among the counted SCTs: NO_RFC6962_LOG (both policies)")
        void noRfc6962Log() {
            Consumer<ObjectNode> tigerTiled = log -> {
                if (log.get("description").asText().equals(TIGER)) {
                    log.remove("url");
                    log.put("submission_url", "https://tiger.example/");
                    log.put("monitoring_url", "https://tiger-mon.example/");
                }
            };
            for (CtPolicy policy : CtPolicy.values()) {
                assertThat(reasonOf(evaluate(policy, "stackoverflow.com", tigerTiled))).isEqualTo(CtVerdict.Reason.NO_RFC6962_LOG);
            }
        }
    }

    @Test
    @DisplayName("requireCompliant returns a compliant verdict and throws NOT_COMPLIANT with the verdict otherwise")
    void requireCompliant() {
        CtVerdict ok = evaluate(CtPolicy.APPLE, "google.com", log -> {});
        assertThat(ok.requireCompliant()).isSameAs(ok);
        CtVerdict bad = evaluate(CtPolicy.APPLE, "amazon.com", log -> {});
        try {
            bad.requireCompliant();
            throw new AssertionError("compliant");
        } catch (CtException e) {
            assertThat(e.ctReason()).isEqualTo(CtException.Reason.NOT_COMPLIANT);
            assertThat(e.verdict()).contains((CtVerdict.NonCompliant) bad);
        }
    }
}
