package dev.citadel.trust;

import java.util.Optional;

/** Strict IP address literals: parsing (no DNS, ever) and canonical text (RFC 5952 for IPv6). */
final class IpAddresses {

    private IpAddresses() {}

    /** Parses a dotted-decimal IPv4 or an RFC 4291 IPv6 literal (brackets allowed); empty if not one. */
    static Optional<byte[]> parse(String text) {
        String s = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (s.indexOf(':') >= 0) {
            return Optional.ofNullable(parseV6(s));
        }
        return Optional.ofNullable(parseV4(s));
    }

    /**
     * Any text a resolver might read as an address: canonical forms, IPv4 with leading zeros, a 32-bit
     * hexadecimal or decimal number, IPv6 in any case or without compression. Null otherwise.
     */
    static byte[] parseLenient(String text) {
        String s = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.indexOf(':') >= 0) {
            return parseV6(s);
        }
        try {
            long v;
            if (s.startsWith("0x") && s.length() > 2 && s.length() <= 10) {
                v = Long.parseLong(s.substring(2), 16);
            } else if (!s.isEmpty() && s.length() <= 10 && s.chars().allMatch(Character::isDigit)) {
                v = Long.parseLong(s);
            } else {
                String[] parts = s.split("\\.", -1);
                if (parts.length != 4) {
                    return null;
                }
                byte[] out = new byte[4];
                for (int i = 0; i < 4; i++) {
                    if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                        return null;
                    }
                    int p = Integer.parseInt(parts[i]);
                    if (p > 255) {
                        return null;
                    }
                    out[i] = (byte) p;
                }
                return out;
            }
            if (v > 0xffffffffL) {
                return null;
            }
            return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Dotted decimal, four parts, no leading zeros (RFC 3986 §3.2.2 dec-octet). */
    static byte[] parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int v = 0;
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (c < '0' || c > '9') {
                    return null;
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                return null;
            }
            out[i] = (byte) v;
        }
        return out;
    }

    static byte[] parseV6(String s) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        String rest = s;
        byte[] v4 = null;
        int lastColon = rest.lastIndexOf(':');
        if (rest.indexOf('.') >= 0) {
            v4 = parseV4(rest.substring(lastColon + 1));
            if (v4 == null) {
                return null;
            }
            rest = s.substring(0, lastColon + 1);
            if (!rest.endsWith("::")) {
                rest = rest.substring(0, rest.length() - 1);
            }
        }
        int limit = v4 == null ? 8 : 6;
        if (rest.isEmpty()) {
            return null;
        }
        int i = 0;
        if (rest.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (rest.startsWith(":")) {
            return null;
        }
        while (i < rest.length()) {
            int j = i;
            while (j < rest.length() && rest.charAt(j) != ':') {
                j++;
            }
            String g = rest.substring(i, j);
            if (g.isEmpty() || g.length() > 4 || count == limit) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < g.length(); k++) {
                int d = Character.digit(g.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            groups[count++] = v;
            if (j == rest.length()) {
                break;
            }
            if (j + 1 < rest.length() && rest.charAt(j + 1) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i = j + 2;
            } else {
                i = j + 1;
                if (i == rest.length()) {
                    return null; // trailing single colon
                }
            }
        }
        if (gap < 0 ? count != limit : count >= limit) {
            return null;
        }
        byte[] out = new byte[16];
        int[] full = new int[8];
        if (gap < 0) {
            System.arraycopy(groups, 0, full, 0, count);
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, limit - (count - gap), count - gap);
        }
        for (int k = 0; k < limit; k++) {
            out[2 * k] = (byte) (full[k] >> 8);
            out[2 * k + 1] = (byte) full[k];
        }
        if (v4 != null) {
            System.arraycopy(v4, 0, out, 12, 4);
        }
        return out;
    }

    /** Canonical text: dotted decimal, or RFC 5952 (lower case, longest zero run compressed). */
    static String format(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        if (a.length != 16) {
            return "<" + a.length + "-byte address>";
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
