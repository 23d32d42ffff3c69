package dev.citadel.passwords.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.passwords.BreachCheckException;
import dev.citadel.passwords.BreachCheckException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k-anonymity range queries against a local server speaking the Pwned Passwords wire format. */
class BreachCheckerTest {

    /** SHA-1("password"), the well-known value: 5BAA6 1E4C9B93F3F0682250B6CF8331B7EE68FD8. */
    static final String PASSWORD_SHA1 = "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8";
    /** SHA-1("P@ssw0rd"). */
    static final String OTHER_SHA1 = "21BD12DC183F740EE76F27B78EB39C8AD972A757";

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void breachedPasswordIsFoundAndOnlyThePrefixLeaves() {
        try (FakeRangeService fake = new FakeRangeService(Map.of(PASSWORD_SHA1, "10434004", OTHER_SHA1, "52579"))) {
            BreachChecker checker = new BreachChecker(new HttpRangeSource(fake.base(), TIMEOUT, true));
            assertThat(checker.check("password").occurrences()).isEqualTo(10_434_004L);
            assertThat(checker.check("P@ssw0rd").breached()).isTrue();
            assertThat(checker.check("zaxnu9-dychar-rUjnym").breached()).isFalse();

            assertThat(fake.seen).hasSize(3);
            assertThat(fake.seen.getFirst().uri()).isEqualTo("/range/5BAA6");
            assertThat(fake.seen.get(1).uri()).isEqualTo("/range/21BD1");
            for (FakeRangeService.Seen s : fake.seen) {
                assertThat(s.method()).isEqualTo("GET");
                assertThat(s.uri()).matches("/range/[0-9A-F]{5}");
                String everything = s.uri() + s.headers();
                assertThat(everything).doesNotContain(PASSWORD_SHA1.substring(5)).doesNotContain(OTHER_SHA1.substring(5))
                        .doesNotContainIgnoringCase("password").doesNotContain("P@ssw0rd");
                assertThat(s.headers().get("Add-padding")).containsExactly("true");
            }
        }
    }

    @Test
    void paddingEntriesAreIgnored() {
        RangeResponse r = RangeResponse.parse("1E4C9B93F3F0682250B6CF8331B7EE68FD8:3\r\n0000000000000000000000000000000000A:0\r\n");
        assertThat(r.counts()).containsOnlyKeys("1E4C9B93F3F0682250B6CF8331B7EE68FD8");
    }

    @Test
    void malformedOrFailingServicesAreErrorsNeverSafe() {
        try (FakeRangeService garbage = new FakeRangeService(path -> "<html>rate limited</html>");
             FakeRangeService missing = new FakeRangeService(path -> null)) {
            assertThatThrownBy(() -> new BreachChecker(new HttpRangeSource(garbage.base(), TIMEOUT, false)).check("x"))
                    .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
            assertThatThrownBy(() -> new BreachChecker(new HttpRangeSource(missing.base(), TIMEOUT, false)).check("x"))
                    .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        }
        assertThatThrownBy(() -> new BreachChecker(new HttpRangeSource(java.net.URI.create("http://127.0.0.1:1"), TIMEOUT, false)).check("x"))
                .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    @Test
    void oversizedResponsesAreRefused() {
        String line = "1E4C9B93F3F0682250B6CF8331B7EE68FD8:1\r\n";
        try (FakeRangeService huge = new FakeRangeService(path -> line.repeat(HttpRangeSource.MAX_RESPONSE_BYTES / line.length() + 10))) {
            assertThatThrownBy(() -> new BreachChecker(new HttpRangeSource(huge.base(), TIMEOUT, false)).check("x"))
                    .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RESPONSE_TOO_LARGE));
        }
    }

    @Test
    void offlinePrefixDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("5BAA6.txt"), "1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004\r\n"
                + "1E4C9B93F3F0682250B6CF8331B7EE68FD9:0\r\n");
        BreachChecker offline = new BreachChecker(new OfflineRangeSource(dir));
        assertThat(offline.check("password").occurrences()).isEqualTo(10_434_004L);
        assertThatThrownBy(() -> offline.check("P@ssw0rd")).as("a missing prefix file is unknown, not safe")
                .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        Files.writeString(dir.resolve("21BD1.txt"), "not a range");
        assertThatThrownBy(() -> offline.check("P@ssw0rd"))
                .isInstanceOfSatisfying(BreachCheckException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
    }

    @Test
    void prefixesAreFiveUpperCaseHexCharacters() {
        assertThatThrownBy(() -> new HashPrefix("5BAA61")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HashPrefix("5baa6")).isInstanceOf(IllegalArgumentException.class);
    }
}
