package dev.citadel.passwords.breach;

import dev.citadel.passwords.internal.CryptoPort;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Whether a password appears in a breach corpus, by k-anonymity range query: the SHA-1 of the password's
 * UTF-8 bytes is split into a 5-character prefix, which goes to the {@link RangeSource}, and a 35-character
 * suffix, which is looked up locally in the returned range.
 *
 * <h2>Security guarantees</h2>
 * The range source only ever receives the prefix (20 bits shared by hundreds of breached hashes). SHA-1 is
 * used because the corpus is indexed by it; it protects nothing here.
 *
 * <h2>Does not</h2>
 * Say a password is safe when the source fails: that is a {@link dev.citadel.passwords.BreachCheckException}.
 */
public final class BreachChecker {

    private final RangeSource source;

    public BreachChecker(RangeSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** How often the password appears in the corpus (0 = not found). */
    public BreachResult check(CharSequence password) {
        String hash = CryptoPort.sha1UpperHex(password.toString().getBytes(StandardCharsets.UTF_8));
        HashPrefix prefix = new HashPrefix(hash.substring(0, HashPrefix.LENGTH));
        return new BreachResult(source.range(prefix).count(hash.substring(HashPrefix.LENGTH)));
    }

    /**
     * @param occurrences times the password was seen in breaches
     */
    public record BreachResult(long occurrences) {
        public boolean breached() {
            return occurrences > 0;
        }
    }
}
