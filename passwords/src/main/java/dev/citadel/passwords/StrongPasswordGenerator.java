package dev.citadel.passwords;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.passwords.internal.CryptoPort;
import dev.citadel.passwords.internal.UniformRandom;
import dev.citadel.passwords.rules.PasswordRules;
import java.util.Objects;

/**
 * Automatic strong passwords, as Password AutoFill makes them: the {@link AppleFormat} when it fits, and
 * otherwise characters drawn to satisfy the site's {@code passwordrules}.
 *
 * <pre>{@code
 * var generator = StrongPasswordGenerator.system();
 * String apple = generator.appleFormat().reveal();                                  // "zaxnu9-dychar-rUjnym"
 * var rules = PasswordRules.parse("minlength: 8; maxlength: 12; required: digit; allowed: lower;");
 * String site = generator.forRules(rules).reveal();                                 // "ay2lwuc91329"
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * All randomness comes from the injected {@link RandomSource} (the system DRBG by default) through unbiased
 * rejection sampling. Apple-format passwords carry {@link AppleFormat#entropyBits()} ≈ 72 bits; rule-based
 * ones are uniform over every valid password of the chosen length. Rules no password can meet fail fast with
 * {@link UnsatisfiableRulesException}; generation never loops unboundedly.
 *
 * <h2>Does not</h2>
 * Remember or store passwords, or check them against breach corpora (see {@code breach.BreachChecker}).
 */
public final class StrongPasswordGenerator {

    private final UniformRandom random;

    public StrongPasswordGenerator(RandomSource random) {
        this.random = new UniformRandom(Objects.requireNonNull(random, "random"));
    }

    /** A generator over the system DRBG. */
    public static StrongPasswordGenerator system() {
        return new StrongPasswordGenerator(CryptoPort.systemRandom());
    }

    /** A password in Apple's format. */
    public GeneratedPassword appleFormat() {
        return new GeneratedPassword(AppleFormat.generate(random), GeneratedPassword.Format.APPLE);
    }

    /**
     * A password in Apple's format that satisfies {@code rules}.
     *
     * @throws UnsatisfiableRulesException ({@code RULES_EXCLUDE_APPLE_FORMAT}) when some Apple-format
     *                                     password would break the rules
     */
    public GeneratedPassword appleFormat(PasswordRules rules) {
        if (!AppleFormat.admits(rules)) {
            throw new UnsatisfiableRulesException(UnsatisfiableRulesException.Reason.RULES_EXCLUDE_APPLE_FORMAT,
                    "the Apple format (20 characters: lower, upper, digit, '-') does not fit " + rules.canonical());
        }
        return appleFormat();
    }

    /** Apple's format when the rules admit it, as Password AutoFill does; otherwise {@link #fromRules}. */
    public GeneratedPassword forRules(PasswordRules rules) {
        return AppleFormat.admits(rules) ? appleFormat() : fromRules(rules);
    }

    /**
     * A password of characters drawn from the rules' allowed set, meeting every rule.
     *
     * @throws UnsatisfiableRulesException when no password can satisfy {@code rules}
     */
    public GeneratedPassword fromRules(PasswordRules rules) {
        return new GeneratedPassword(RulesBasedGenerator.plan(rules).generate(random), GeneratedPassword.Format.RULES);
    }
}
