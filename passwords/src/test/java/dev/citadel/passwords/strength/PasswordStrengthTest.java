package dev.citadel.passwords.strength;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.passwords.StrongPasswordGenerator;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NIST SP 800-63B-4 §3.1.1.2 checks, and zxcvbn as advice. */
class PasswordStrengthTest {

    static final PasswordStrength STRENGTH = PasswordStrength.standard();

    static List<Finding.Code> codes(StrengthReport r) {
        return r.findings().stream().map(Finding::code).toList();
    }

    @Test
    @DisplayName("§3.1.1.2: SHALL require 15 characters for single-factor use and 8 within multi-factor")
    void minimumLengthDependsOnUse() {
        String twelve = "vQ7#kd9!Lw2z";
        assertThat(codes(STRENGTH.check(twelve, PasswordUse.SINGLE_FACTOR, List.of()))).contains(Finding.Code.TOO_SHORT);
        assertThat(codes(STRENGTH.check(twelve, PasswordUse.MULTI_FACTOR, List.of()))).doesNotContain(Finding.Code.TOO_SHORT);
    }

    @Test
    @DisplayName("§3.1.1.2: length counts code points after NFKC normalisation")
    void lengthCountsCodePoints() {
        String emoji = "😀".repeat(15); // 30 UTF-16 chars, 15 code points
        assertThat(STRENGTH.check(emoji, PasswordUse.SINGLE_FACTOR, List.of()).length()).isEqualTo(15);
        assertThat(STRENGTH.check("ﬁ".repeat(4), PasswordUse.MULTI_FACTOR, List.of()).length()).isEqualTo(8); // ﬁ → fi
    }

    @Test
    @DisplayName("§3.1.1.2: SHALL refuse blocklisted passwords, whatever their case")
    void blocklistIsCaseInsensitive() {
        assertThat(codes(STRENGTH.check("password", PasswordUse.MULTI_FACTOR, List.of()))).contains(Finding.Code.BLOCKLISTED);
        assertThat(codes(STRENGTH.check("PassWord", PasswordUse.MULTI_FACTOR, List.of()))).contains(Finding.Code.BLOCKLISTED);
        assertThat(Blocklist.common().size()).isGreaterThan(20_000);
        PasswordStrength site = new PasswordStrength(Blocklist.common().plus(List.of("citadel-rocks-2026")));
        assertThat(codes(site.check("Citadel-Rocks-2026", PasswordUse.MULTI_FACTOR, List.of()))).contains(Finding.Code.BLOCKLISTED);
    }

    @Test
    @DisplayName("§3.1.1.2: SHALL refuse context-specific words (user name, service name)")
    void contextWordsAreRefused() {
        StrengthReport r = STRENGTH.check("correct-Alice-battery-staple", PasswordUse.SINGLE_FACTOR, List.of("alice", "jo"));
        assertThat(codes(r)).contains(Finding.Code.CONTAINS_CONTEXT_WORD);
        assertThat(codes(STRENGTH.check("Jo-correct-battery-staple", PasswordUse.SINGLE_FACTOR, List.of("jo"))))
                .as("words under 3 characters are ignored").doesNotContain(Finding.Code.CONTAINS_CONTEXT_WORD);
    }

    @Test
    void generatedPasswordsAreAcceptableAndStrong() {
        StrongPasswordGenerator g = StrongPasswordGenerator.system();
        for (int i = 0; i < 20; i++) {
            StrengthReport r = STRENGTH.check(g.appleFormat().reveal(), PasswordUse.SINGLE_FACTOR, List.of());
            assertThat(r.acceptable()).isTrue();
            assertThat(r.score()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void weakPasswordsGetAdviceAndReportsNeverCarryThePassword() {
        StrengthReport r = STRENGTH.check("qwertyuiopasdfgh", PasswordUse.SINGLE_FACTOR, List.of());
        assertThat(codes(r)).contains(Finding.Code.EASILY_GUESSED);
        assertThat(r.toString()).doesNotContain("qwertyuiop");
    }

    @Test
    void hostileLengthsAreBounded() {
        String huge = "a1B!".repeat(100_000);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(codes(STRENGTH.check(huge, PasswordUse.SINGLE_FACTOR, List.of()))).containsExactly(Finding.Code.TOO_LONG));
        String longButAllowed = "kd9!Lw2zvQ7#".repeat(80); // 960 code points: analysed, zxcvbn sees 100
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThat(STRENGTH.check(longButAllowed, PasswordUse.SINGLE_FACTOR, List.of()).length()).isEqualTo(960));
    }
}
