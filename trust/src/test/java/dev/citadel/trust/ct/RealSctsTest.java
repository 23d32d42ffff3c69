package dev.citadel.trust.ct;

import static dev.citadel.trust.ct.CtFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.RequiresVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 14 real server chains of the shared vectors, with 38 embedded SCTs, against the 15 production log
 * keys of logs.json (rewritten as a v3 list, every log usable). Validation instant 2026-03-20, inside
 * every leaf's validity and after every SCT.
 */
@RequiresVectors("ct/real-scts")
class RealSctsTest {

    /** Let's Encrypt 'Sycamore2027h1' (static-ct-api): logs.json lacks its key ("_missing"). */
    private static final LogId SYCAMORE_2027H1 = LogId.fromBase64("jspHC6zeavOiBrCkeoS3Rv4fxr+VPiXmm07kAkjzxug=");

    @Test
    @DisplayName("RFC 6962 §3.2: 36 of the 38 embedded SCTs verify over the rebuilt PreCert entry; the other 2 are UNKNOWN_LOG")
    void everyEmbeddedSctWithAKnownLogVerifies() {
        CtVerifier verifier = new CtVerifier(CtFixtures.realLogList(), CtPolicy.APPLE);
        int verified = 0;
        List<String> unknown = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int total = 0;
        for (String name : CtFixtures.chainNames()) {
            CtInput input = CtFixtures.input(name);
            for (SignedCertificateTimestamp sct : SctLists.fromCertificate(input.leafDer())) {
                total++;
                try {
                    VerifiedSct ok = verifier.verify(sct, input, AT);
                    assertThat(ok.log().logId()).isEqualTo(sct.logId());
                    verified++;
                } catch (CtException e) {
                    if (e.ctReason() == CtException.Reason.UNKNOWN_LOG && sct.logId().equals(SYCAMORE_2027H1)) {
                        unknown.add(name);
                    } else {
                        failures.add(name + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(total).isEqualTo(38);
        assertThat(verified).isEqualTo(36);
        assertThat(unknown).containsExactly("amazon.com", "docs.python.org");
    }

    /**
     * Expected verdicts, worked out from each leaf's validity and SCT logs (see docs/trust-ct.md):
     * Apple counts ceil((notAfter − notBefore + 1 s) / 1 day); ≤ 180 days needs 2 SCTs with at most 1 per
     * operator, 181–398 days needs 3 with at most 2 per operator.
     * <ul>
     *   <li>amazon.com (356 days) and docs.python.org (397 days) carry 3 SCTs, one from Sycamore2027h1,
     *       whose key this list lacks: 2 of 3 count, so NOT_ENOUGH_SCTS under both policies. With Apple's or
     *       Chrome's full list they would comply.</li>
     *   <li>facebook.com (91 days): Wyvern2026h1 and Sphinx2026h1 are both DigiCert; under Apple's cap of
     *       1 per operator the second is DUPLICATE_OPERATOR, and 2 (DigiCert, Sectigo) still count.</li>
     *   <li>akamai.com, aws.amazon.com, s3.amazonaws.com (346–368 days): Google + 2 DigiCert = 3, within
     *       the cap of 2 per operator.</li>
     *   <li>bing.com, microsoft.com: 180 days + 1 s = 181 days for Apple, so 3 SCTs (Google, DigiCert,
     *       Sectigo) are needed and present; Chrome sees exactly 180 days and needs 2.</li>
     *   <li>stackoverflow.com: Sectigo (RFC 6962) + Let's Encrypt Sycamore2026h1 (static-ct-api): two
     *       operators, one RFC 6962 log.</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // chain,                appleVerdict,     appleDays, appleRequired, appleCounted, chromeVerdict,  chromeRequired, chromeCounted
        "akamai.com,             COMPLIANT,        368, 3, 3, COMPLIANT,       3, 3",
        "amazon.com,             NOT_ENOUGH_SCTS,  356, 3, 2, NOT_ENOUGH_SCTS, 3, 2",
        "apple.com,              COMPLIANT,        91,  2, 4, COMPLIANT,       2, 4",
        "aws.amazon.com,         COMPLIANT,        346, 3, 3, COMPLIANT,       3, 3",
        "bing.com,               COMPLIANT,        181, 3, 3, COMPLIANT,       2, 3",
        "cloudflare.com,         COMPLIANT,        91,  2, 2, COMPLIANT,       2, 2",
        "docs.python.org,        NOT_ENOUGH_SCTS,  397, 3, 2, NOT_ENOUGH_SCTS, 3, 2",
        "facebook.com,           COMPLIANT,        91,  2, 2, COMPLIANT,       2, 3",
        "fastly.com,             COMPLIANT,        30,  2, 2, COMPLIANT,       2, 2",
        "google.com,             COMPLIANT,        84,  2, 2, COMPLIANT,       2, 2",
        "microsoft.com,          COMPLIANT,        181, 3, 3, COMPLIANT,       2, 3",
        "s3.amazonaws.com,       COMPLIANT,        361, 3, 3, COMPLIANT,       3, 3",
        "stackoverflow.com,      COMPLIANT,        90,  2, 2, COMPLIANT,       2, 2",
        "storage.googleapis.com, COMPLIANT,        84,  2, 2, COMPLIANT,       2, 2",
    })
    void verdictPerChain(String chain, String apple, long appleDays, int appleRequired, int appleCounted,
            String chrome, int chromeRequired, int chromeCounted) {
        CtVerdict a = new CtVerifier(CtFixtures.realLogList(), CtPolicy.APPLE).evaluate(CtFixtures.input(chain), AT);
        CtVerdict c = new CtVerifier(CtFixtures.realLogList(), CtPolicy.CHROME).evaluate(CtFixtures.input(chain), AT);
        assertVerdict(a, apple, appleRequired, appleCounted);
        assertVerdict(c, chrome, chromeRequired, chromeCounted);
        assertThat(a.lifetimeDays()).isEqualTo(appleDays);
        assertThat(a.route()).isEqualTo(CtVerdict.Route.EMBEDDED);
        assertThat(a.problems()).isEmpty();
        if (a instanceof CtVerdict.NonCompliant) {
            assertThat(a.scts()).filteredOn(s -> s.disposition() == SctDisposition.UNKNOWN_LOG)
                    .singleElement().extracting(SctFinding::logId).isEqualTo(SYCAMORE_2027H1);
        }
    }

    private static void assertVerdict(CtVerdict verdict, String expected, int required, int counted) {
        assertThat(verdict.required()).isEqualTo(required);
        assertThat(verdict.counted()).as(describe(verdict)).hasSize(counted);
        if (expected.equals("COMPLIANT")) {
            assertThat(verdict).as(describe(verdict)).isInstanceOf(CtVerdict.Compliant.class);
        } else {
            assertThat(verdict).as(describe(verdict)).isInstanceOf(CtVerdict.NonCompliant.class);
            assertThat(((CtVerdict.NonCompliant) verdict).reason()).isEqualTo(CtVerdict.Reason.valueOf(expected));
        }
    }

    @Test
    @DisplayName("facebook.com under Apple: the second DigiCert SCT is DUPLICATE_OPERATOR (cap 1 per operator at ≤ 180 days)")
    void appleCapsSctsPerOperator() {
        CtVerdict verdict = new CtVerifier(CtFixtures.realLogList(), CtPolicy.APPLE).evaluate(CtFixtures.input("facebook.com"), AT);
        Map<String, SctDisposition> byLog = new TreeMap<>();
        verdict.scts().forEach(s -> byLog.put(s.log().orElseThrow(), s.disposition()));
        assertThat(byLog).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DigiCert 'Wyvern2026h1'", SctDisposition.COUNTED,
                "Sectigo 'Tiger2026h1'", SctDisposition.COUNTED,
                "DigiCert 'Sphinx2026h1'", SctDisposition.DUPLICATE_OPERATOR));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"bing.com", "microsoft.com"})
    @DisplayName("180 days + 1 s leaves: without Sectigo's SCT Apple (181 days) wants 3 and refuses; Chrome (180 days) accepts 2")
    void oneSecondOver180DaysNeedsThreeUnderApple(String chain) {
        LogList withoutTiger = CtFixtures.parse(CtFixtures.realLogListJson(
                CtFixtures.state("Sectigo 'Tiger2026h2'", "rejected", "2025-06-01T00:00:00Z")));
        CtVerdict apple = new CtVerifier(withoutTiger, CtPolicy.APPLE).evaluate(CtFixtures.input(chain), AT);
        CtVerdict chrome = new CtVerifier(withoutTiger, CtPolicy.CHROME).evaluate(CtFixtures.input(chain), AT);
        assertThat(apple.lifetimeDays()).isEqualTo(181);
        assertThat(apple).isInstanceOf(CtVerdict.NonCompliant.class);
        assertThat(((CtVerdict.NonCompliant) apple).reason()).isEqualTo(CtVerdict.Reason.NOT_ENOUGH_SCTS);
        assertThat(apple.counted()).hasSize(2); // counted toward the requirement, which 2 do not meet
        assertThat(chrome).isInstanceOf(CtVerdict.Compliant.class);
        assertThat(chrome.counted()).hasSize(2);
        assertThat(chrome.scts()).filteredOn(s -> s.disposition() == SctDisposition.LOG_REJECTED).hasSize(1);
    }

    private static String describe(CtVerdict verdict) {
        StringBuilder out = new StringBuilder(verdict.toString());
        verdict.scts().forEach(s -> out.append("\n  ").append(s));
        return out.toString();
    }
}
