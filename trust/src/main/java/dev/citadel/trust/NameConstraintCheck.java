package dev.citadel.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * RFC 5280 §4.2.1.10 / §6.1.3 (b)–(c): the names of a certificate against a CA's permitted and excluded
 * subtrees. A name form with constraints that Citadel cannot evaluate (otherName, x400Address, …) fails
 * when a name of that form appears. Every comparison spends from the evaluation's budget.
 */
final class NameConstraintCheck {

    private NameConstraintCheck() {}

    /** Work counter shared by one evaluation. */
    static final class Budget {
        private int comparisons;
        private boolean exhausted;

        boolean spend() {
            if (++comparisons > TrustEvaluator.MAX_NAME_CONSTRAINT_CHECKS) {
                exhausted = true;
            }
            return !exhausted;
        }

        boolean exhausted() {
            return exhausted;
        }
    }

    /** Refuses subtrees that are malformed for their form (wildcards, leading dots on DNS, bad masks…). */
    static void validateSubtrees(Certificate ca, List<GeneralNameValue> subtrees, List<Finding> out) {
        for (GeneralNameValue s : subtrees) {
            boolean ok = switch (s.kind()) {
                case DNS -> s.text().isEmpty() || DnsNames.isValidHostName(s.text());
                case IP -> validMask(s.bytes());
                case EMAIL -> validEmailConstraint(s.text());
                case URI -> {
                    String h = s.text().startsWith(".") ? s.text().substring(1) : s.text();
                    yield DnsNames.isValidHostName(h);
                }
                case DIRECTORY, OTHER -> true;
            };
            if (!ok) {
                out.add(new Finding(ca, TrustReason.INVALID_NAME_CONSTRAINTS, "malformed name constraint " + s));
            }
        }
    }

    /**
     * The violations of {@code subject}'s names against the constraints; {@code constraining} names the CA
     * in the explanation.
     */
    static List<Finding> check(String constraining, List<GeneralNameValue> permitted, List<GeneralNameValue> excluded,
            Certificate subject, Budget budget) {
        List<Finding> out = new ArrayList<>();
        CertificateExtensions e = subject.extensions();
        List<GeneralNameValue> names = new ArrayList<>(e.sanNames());
        if (!e.subjectEmpty) {
            names.add(GeneralNameValue.directory(subject.asn1().getSubject()));
        }
        for (String email : e.subjectEmails) {
            names.add(GeneralNameValue.email(email));
        }
        for (GeneralNameValue name : names) {
            String why = violation(name, permitted, excluded, budget);
            if (budget.exhausted()) {
                out.add(new Finding(subject, TrustReason.BUDGET_EXHAUSTED,
                        "more than " + TrustEvaluator.MAX_NAME_CONSTRAINT_CHECKS + " name-constraint comparisons"));
                return out;
            }
            if (why != null) {
                out.add(new Finding(subject, TrustReason.NAME_CONSTRAINT_VIOLATION, name + " " + why + " of " + constraining));
            }
        }
        return out;
    }

    private static String violation(GeneralNameValue name, List<GeneralNameValue> permitted, List<GeneralNameValue> excluded,
            Budget budget) {
        boolean anyPermittedOfKind = false;
        boolean permittedMatch = false;
        for (GeneralNameValue s : permitted) {
            if (!sameForm(s, name)) {
                continue;
            }
            anyPermittedOfKind = true;
            if (!budget.spend()) {
                return null;
            }
            if (name.kind() == GeneralNameKind.OTHER) {
                return "is a name form with constraints Citadel cannot evaluate in the permitted subtrees";
            }
            if (matches(s, name, false)) {
                permittedMatch = true;
                break;
            }
        }
        for (GeneralNameValue s : excluded) {
            if (!sameForm(s, name)) {
                continue;
            }
            if (!budget.spend()) {
                return null;
            }
            if (name.kind() == GeneralNameKind.OTHER) {
                return "is a name form with constraints Citadel cannot evaluate in the excluded subtrees";
            }
            if (matches(s, name, true)) {
                return "is in the excluded subtree " + s;
            }
        }
        if (anyPermittedOfKind && !permittedMatch) {
            return "is outside the permitted subtrees";
        }
        return null;
    }

    private static boolean sameForm(GeneralNameValue subtree, GeneralNameValue name) {
        return subtree.kind() == name.kind() && (name.kind() != GeneralNameKind.OTHER || subtree.tag() == name.tag());
    }

    /**
     * Whether {@code name} lies in {@code subtree}. For excluded subtrees a wildcard name matches when any
     * name it could stand for would (CVE-2025-61727); for permitted subtrees all of them must. A malformed
     * name matches no permitted subtree and every excluded one.
     */
    static boolean matches(GeneralNameValue subtree, GeneralNameValue name, boolean excluded) {
        return switch (name.kind()) {
            case DNS -> dns(subtree.lower(), name, excluded);
            case IP -> ip(subtree.bytes(), name.bytes(), excluded);
            case EMAIL -> email(subtree.text(), name.text(), excluded);
            case URI -> uri(subtree.text(), name.text(), excluded);
            case DIRECTORY -> directory(subtree.directory(), name.directory());
            case OTHER -> excluded;
        };
    }

    private static boolean dns(String b, GeneralNameValue name, boolean excluded) {
        if (!name.validPresentedDns()) {
            return excluded;
        }
        String n = name.lower();
        if (!n.startsWith("*.")) {
            return DnsNames.withinSubtree(n, b);
        }
        String rest = n.substring(2);
        if (DnsNames.withinSubtree(rest, b)) {
            return true; // every label.rest lies under b
        }
        // Excluded: *.rest also stands for b itself when b is exactly one label below rest.
        return excluded && b.endsWith("." + rest) && b.indexOf('.') == b.length() - rest.length() - 1;
    }

    private static boolean ip(byte[] subtree, byte[] address, boolean excluded) {
        if (address.length != 4 && address.length != 16) {
            return excluded;
        }
        if (subtree.length != 2 * address.length) {
            return false; // the other address family
        }
        for (int i = 0; i < address.length; i++) {
            byte mask = subtree[address.length + i];
            if ((address[i] & mask) != (subtree[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static boolean email(String constraint, String address, boolean excluded) {
        int at = address.indexOf('@');
        if (at <= 0 || at != address.lastIndexOf('@') || !DnsNames.isValidHostName(address.substring(at + 1))) {
            return excluded;
        }
        String host = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (constraint.indexOf('@') >= 0) {
            int cat = constraint.indexOf('@');
            return constraint.substring(0, cat).equals(address.substring(0, at))
                    && constraint.substring(cat + 1).equalsIgnoreCase(host);
        }
        String c = constraint.toLowerCase(Locale.ROOT);
        if (c.startsWith(".")) {
            return host.endsWith(c);
        }
        return host.equals(c);
    }

    private static boolean uri(String constraint, String uri, boolean excluded) {
        String host = uriHost(uri);
        if (host == null) {
            return excluded;
        }
        String c = constraint.toLowerCase(Locale.ROOT);
        if (c.startsWith(".")) {
            return host.endsWith(c);
        }
        return host.equals(c);
    }

    /** The host of {@code scheme://[userinfo@]host[:port]…}, lower case; null when there is none or it is an IP. */
    static String uriHost(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme <= 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < uri.length() && "/?#".indexOf(uri.charAt(end)) < 0) {
            end++;
        }
        String authority = uri.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            return null;
        }
        int colon = authority.indexOf(':');
        String host = (colon >= 0 ? authority.substring(0, colon) : authority).toLowerCase(Locale.ROOT);
        return DnsNames.isValidHostName(host) ? host : null;
    }

    private static boolean directory(X500Name base, X500Name name) {
        RDN[] b = base.getRDNs();
        RDN[] n = name.getRDNs();
        if (b.length > n.length) {
            return false;
        }
        for (int i = 0; i < b.length; i++) {
            if (!IETFUtils.rDNAreEqual(b[i], n[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean validMask(byte[] addressAndMask) {
        if (addressAndMask.length != 8 && addressAndMask.length != 32) {
            return false;
        }
        int half = addressAndMask.length / 2;
        boolean zeros = false;
        for (int i = half; i < addressAndMask.length; i++) {
            for (int bit = 7; bit >= 0; bit--) {
                boolean set = (addressAndMask[i] >> bit & 1) == 1;
                if (set && zeros) {
                    return false;
                }
                zeros |= !set;
            }
        }
        return true;
    }

    private static boolean validEmailConstraint(String c) {
        int at = c.indexOf('@');
        if (at >= 0) {
            return at > 0 && at == c.lastIndexOf('@') && DnsNames.isValidHostName(c.substring(at + 1));
        }
        return DnsNames.isValidHostName(c.startsWith(".") ? c.substring(1) : c);
    }
}
