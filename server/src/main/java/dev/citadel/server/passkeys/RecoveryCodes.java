package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.server.storage.JdbcRecoveryCodeStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Account recovery codes: {@link #CODES_PER_SET} single-use codes, shown once when generated.
 *
 * <h2>Security guarantees</h2>
 * Each code carries {@link #CODE_BITS} random bits from cryptokit's random source, written as
 * {@code XXXX-XXXX-XXXX-XXXX} in Crockford's base32 (no I, L, O or U; input is read case-insensitively with
 * the dashes optional). Only a hash is stored: SHA-256 over a domain label, the account's user handle (a
 * 64-byte random per-account key, so equal codes of two accounts never hash alike and one table of guesses
 * cannot serve every account) and the code. With 80 random bits an offline search of the table is out of
 * reach, so a slow password hash would buy nothing. Generating a new set deletes the old one; a code is
 * deleted the moment it is used (one conditional {@code DELETE}, so two concurrent uses cannot both win).
 *
 * <h2>Does not</h2>
 * Rate-limit guesses by itself: the HTTP layer limits recovery attempts per client address.
 */
public final class RecoveryCodes {

    /** Codes in one set. */
    public static final int CODES_PER_SET = 10;
    /** Random bits in one code (16 base32 characters). */
    public static final int CODE_BITS = 80;
    /** Longest code text accepted from a client. */
    public static final int MAX_PRESENTED_CHARS = 32;

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
    private static final int CHARS = CODE_BITS / 5;
    private static final int GROUP = 4;
    private static final byte[] DOMAIN = "citadel passkeys recovery code v1".getBytes(StandardCharsets.US_ASCII);

    private final JdbcRecoveryCodeStore store;
    private final RandomSource random;
    private final Clock clock;

    public RecoveryCodes(JdbcRecoveryCodeStore store, RandomSource random, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Generates a new set for {@code user}, replacing any earlier one; returns the codes (never stored). */
    public List<String> generate(UserHandle user) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < CODES_PER_SET; i++) {
            String code = newCode();
            codes.add(code);
            hashes.add(hash(user, code));
        }
        store.replace(user, hashes, clock.instant());
        return List.copyOf(codes);
    }

    /** Uses {@code presented} for {@code user}: {@code true} once for each generated code, never again. */
    public boolean consume(UserHandle user, String presented) {
        if (presented == null || presented.length() > MAX_PRESENTED_CHARS) {
            return false;
        }
        String normalised = normalise(presented);
        if (normalised.length() != CHARS) {
            return false;
        }
        return store.consume(user, hash(user, normalised));
    }

    /** Unused codes left for {@code user}. */
    public int remaining(UserHandle user) {
        return store.remaining(user);
    }

    private String newCode() {
        byte[] raw = random.bytes(CODE_BITS / 8);
        StringBuilder out = new StringBuilder();
        long bits = 0;
        int held = 0;
        for (byte b : raw) {
            bits = (bits << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                held -= 5;
                if (out.length() % (GROUP + 1) == GROUP) {
                    out.append('-');
                }
                out.append(ALPHABET.charAt((int) ((bits >>> held) & 0x1f)));
            }
        }
        return out.toString();
    }

    /** Upper case, dashes and spaces removed, Crockford's look-alikes mapped (I, L → 1; O → 0). */
    static String normalise(String code) {
        StringBuilder out = new StringBuilder();
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'I', 'L' -> out.append('1');
                case 'O' -> out.append('0');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String hash(UserHandle user, String code) {
        byte[] normalised = normalise(code).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SHA256.hash(DOMAIN, new byte[] {0}, user.bytes(),
                normalised).bytes());
    }
}
