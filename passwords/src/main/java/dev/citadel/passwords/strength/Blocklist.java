package dev.citadel.passwords.strength;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords a verifier refuses outright (SP 800-63B-4 §3.1.1.2: "commonly used, expected, or compromised").
 * Entries and candidates are compared whole, after NFKC normalisation and lower-casing, so {@code PASSWORD}
 * and {@code password} are both refused.
 */
public final class Blocklist {

    private final Set<String> entries;

    private Blocklist(Set<String> entries) {
        this.entries = Set.copyOf(entries);
    }

    /**
     * The 30,000 most common passwords of zxcvbn's frequency list (from leaked password corpora).
     *
     * @throws UncheckedIOException if the list cannot be read from the zxcvbn jar
     */
    public static Blocklist common() {
        try {
            return of(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zxcvbn's password list", e);
        }
    }

    public static Blocklist of(Collection<String> passwords) {
        Set<String> out = new HashSet<>();
        passwords.forEach(p -> out.add(normalise(p)));
        return new Blocklist(out);
    }

    /** This list plus {@code more} (a site's own words, a local breach list). */
    public Blocklist plus(Collection<String> more) {
        Set<String> out = new HashSet<>(entries);
        more.forEach(p -> out.add(normalise(p)));
        return new Blocklist(out);
    }

    public boolean contains(CharSequence password) {
        return entries.contains(normalise(password));
    }

    public int size() {
        return entries.size();
    }

    static String normalise(CharSequence s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
