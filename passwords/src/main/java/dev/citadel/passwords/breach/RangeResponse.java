package dev.citadel.passwords.breach;

import dev.citadel.passwords.BreachCheckException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One range: suffix → count. Padding entries (count 0, sent with {@code Add-Padding: true}) are dropped.
 *
 * @param counts upper-case 35-hex-character suffixes and how often each was seen (all positive)
 */
public record RangeResponse(Map<String, Long> counts) {

    /** Lines in one range at most: real ranges hold about 2,000 (with padding at most 1,000 more). */
    public static final int MAX_LINES = 20_000;

    private static final Pattern LINE = Pattern.compile("([0-9A-Fa-f]{35}):([0-9]{1,19})");

    public RangeResponse {
        counts = Map.copyOf(counts);
    }

    /**
     * Parses the wire format: lines of {@code SUFFIX:COUNT}, separated by CRLF or LF; a final empty line
     * is allowed. Anything else is {@link BreachCheckException.Reason#MALFORMED_RESPONSE}.
     */
    public static RangeResponse parse(String body) {
        Map<String, Long> out = new HashMap<>();
        String[] lines = body.split("\r?\n", -1);
        if (lines.length > MAX_LINES + 1) {
            throw new BreachCheckException(BreachCheckException.Reason.RESPONSE_TOO_LARGE, "more than " + MAX_LINES
                    + " lines in one range", null);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                continue;
            }
            var m = LINE.matcher(line);
            if (!m.matches()) {
                throw new BreachCheckException(BreachCheckException.Reason.MALFORMED_RESPONSE, "line " + (i + 1)
                        + " is not SUFFIX:COUNT", null);
            }
            long count;
            try {
                count = Long.parseLong(m.group(2));
            } catch (NumberFormatException e) {
                throw new BreachCheckException(BreachCheckException.Reason.MALFORMED_RESPONSE, "line " + (i + 1)
                        + " has a count out of range", e);
            }
            if (count > 0) {
                out.merge(m.group(1).toUpperCase(java.util.Locale.ROOT), count, Long::sum);
            }
        }
        return new RangeResponse(out);
    }

    /** How often {@code suffix} was seen; 0 if never. */
    public long count(String suffix) {
        return counts.getOrDefault(suffix, 0L);
    }
}
