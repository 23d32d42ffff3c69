package dev.citadel.trust;

import com.ibm.icu.text.IDNA;
import java.util.Locale;

/**
 * DNS name syntax (RFC 1034 §3.5 preferred name syntax as amended by RFC 1123 §2.1), UTS #46 mapping of
 * what users type, and RFC 9525 §6.3 matching of a presented identifier against a reference identifier.
 */
final class DnsNames {

    /** Longest DNS name in text form (RFC 1035 §2.3.4: 255 octets on the wire). */
    static final int MAX_NAME_LENGTH = 253;
    /** Longest label (RFC 1035 §2.3.4). */
    static final int MAX_LABEL_LENGTH = 63;

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.USE_STD3_RULES);

    private DnsNames() {}

    /** UTS #46 ToASCII of a host name a user supplied, lower case; throws {@link IllegalArgumentException}. */
    static String toAscii(String host) {
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        StringBuilder out = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(h, out, info);
        if (info.hasErrors() || out.isEmpty()) {
            throw new IllegalArgumentException("not a valid host name: " + host + " " + info.getErrors());
        }
        String ascii = out.toString().toLowerCase(Locale.ROOT);
        if (!isValidHostName(ascii)) {
            throw new IllegalArgumentException("not a valid host name: " + host);
        }
        return ascii;
    }

    /** A fully qualified host name in preferred name syntax, no trailing dot, not all-numeric at the end. */
    static boolean isValidHostName(String name) {
        return isValid(name, false);
    }

    /** As {@link #isValidHostName}, also allowing a left-most label that is exactly {@code *}. */
    static boolean isValidPresented(String name) {
        return isValid(name, true);
    }

    private static boolean isValid(String name, boolean allowWildcard) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        String[] labels = splitLabels(name);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (i == 0 && allowWildcard && label.equals("*")) {
                if (labels.length < 2) {
                    return false;
                }
                continue;
            }
            if (!isLdhLabel(label)) {
                return false;
            }
        }
        // The top-level label is never all digits (RFC 3696 §2): "8.8.8.8" is an address, not a host name.
        String tld = labels[labels.length - 1];
        return !tld.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String[] splitLabels(String name) {
        int count = 1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                count++;
            }
        }
        String[] out = new String[count];
        int from = 0;
        int k = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || name.charAt(i) == '.') {
                out[k++] = name.substring(from, i);
                from = i + 1;
            }
        }
        return out;
    }

    static boolean isLdhLabel(String label) {
        int n = label.length();
        if (n == 0 || n > MAX_LABEL_LENGTH || label.charAt(0) == '-' || label.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = label.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * RFC 9525 §6.3: does presented identifier {@code presented} (a dNSName) match {@code reference} (ASCII,
     * lower case)? A wildcard is only a whole left-most label, matches exactly one label, and never sits
     * directly on a public suffix.
     */
    static boolean matches(String presented, String reference) {
        if (!isValidPresented(presented)) {
            return false;
        }
        String p = presented.toLowerCase(Locale.ROOT);
        if (!p.startsWith("*.")) {
            return p.equals(reference);
        }
        String base = p.substring(2);
        if (PublicSuffixes.isPublicSuffix(base)) {
            return false;
        }
        int dot = reference.indexOf('.');
        return dot > 0 && reference.substring(dot + 1).equals(base);
    }

    /** Whether {@code n} equals {@code b} or lies below it, label-wise; both already lower case. */
    static boolean withinSubtree(String n, String b) {
        if (b.isEmpty()) {
            return true;
        }
        return n.equals(b) || (n.endsWith(b) && n.charAt(n.length() - b.length() - 1) == '.');
    }
}
