package dev.citadel.trust;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The leaf's identity: the CA/Browser Forum server profile and RFC 9525 name matching for
 * {@link TrustPolicy.SslServer}, rfc822Name matching for {@link TrustPolicy.SMime}.
 */
final class HostNameCheck {

    private HostNameCheck() {}

    static void check(Certificate c, TrustPolicy.SslServer policy, List<Finding> out) {
        CertificateExtensions e = c.extensions();
        if (e.ca()) {
            out.add(new Finding(c, TrustReason.END_ENTITY_IS_CA, "server certificate with cA (BR §7.1.2.7.8)"));
        }
        if (!e.sanPresent) {
            out.add(new Finding(c, TrustReason.INVALID_SUBJECT_ALT_NAME, "no subjectAltName (RFC 9525 §6: the common name is never used)"));
            return;
        }
        if (e.sanCritical && !e.subjectEmpty) {
            out.add(new Finding(c, TrustReason.INVALID_SUBJECT_ALT_NAME, "critical subjectAltName with a non-empty subject (BR §7.1.2.7.12)"));
        }
        for (String cn : e.subjectCommonNames) {
            if (!cn.chars().allMatch(ch -> ch < 0x80) && isInternationalisedName(cn)) {
                out.add(new Finding(c, TrustReason.COMMON_NAME_NOT_IN_SAN, "common name " + cn
                        + " is a U-label host name; a copy of a dNSName is ASCII (BR §7.1.4.3, RFC 5280 §7.2)"));
                continue;
            }
            if (denotesASan(cn, e.sanNames()) && !copiesASan(cn, e.sanNames())) {
                out.add(new Finding(c, TrustReason.COMMON_NAME_NOT_IN_SAN, "common name " + cn
                        + " names a subjectAltName entry but is not its exact copy (BR §7.1.4.3)"));
            }
        }
        policy.name().ifPresent(name -> {
            boolean matched = switch (name) {
                case TrustPolicy.ServerName.DnsName d -> e.sanNames().stream()
                        .anyMatch(n -> n.kind() == GeneralNameKind.DNS && DnsNames.matches(n.text(), d.ascii()));
                case TrustPolicy.ServerName.IpAddress ip -> matchesIp(e.sanNames(), ip.address());
            };
            if (!matched) {
                out.add(new Finding(c, TrustReason.HOST_NAME_MISMATCH, "no subjectAltName matches " + describe(name)));
            }
        });
    }

    private static String describe(TrustPolicy.ServerName name) {
        return switch (name) {
            case TrustPolicy.ServerName.DnsName d -> d.ascii();
            case TrustPolicy.ServerName.IpAddress ip -> IpAddresses.format(ip.address().getAddress());
        };
    }

    private static boolean matchesIp(List<GeneralNameValue> names, InetAddress address) {
        byte[] want = address.getAddress();
        return names.stream().anyMatch(n -> n.kind() == GeneralNameKind.IP && Arrays.equals(n.bytes(), want));
    }

    private static boolean isInternationalisedName(String cn) {
        try {
            return DnsNames.toAscii(cn).indexOf('.') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Whether the common name stands for one of the subjectAltName identities in another spelling: the
     * same DNS name in another case or as a U-label, the same IP address in another text form. (A common
     * name unrelated to the subjectAltNames is never read, so it is left alone.)
     */
    private static boolean denotesASan(String cn, List<GeneralNameValue> san) {
        byte[] ip = IpAddresses.parseLenient(cn);
        String ascii;
        try {
            ascii = DnsNames.toAscii(cn);
        } catch (IllegalArgumentException e) {
            ascii = null;
        }
        for (GeneralNameValue n : san) {
            if (n.kind() == GeneralNameKind.IP && ip != null && Arrays.equals(ip, n.bytes())) {
                return true;
            }
            if (n.kind() == GeneralNameKind.DNS && (n.text().equalsIgnoreCase(cn) || n.lower().equals(ascii))) {
                return true;
            }
        }
        return false;
    }

    /** BR §7.1.4.3: a common name is a byte-for-byte copy of a dNSName, or an iPAddress in canonical text. */
    private static boolean copiesASan(String cn, List<GeneralNameValue> san) {
        for (GeneralNameValue n : san) {
            if (n.kind() == GeneralNameKind.DNS && n.text().equals(cn)) {
                return true;
            }
            if (n.kind() == GeneralNameKind.IP && (n.bytes().length == 4 || n.bytes().length == 16)
                    && IpAddresses.format(n.bytes()).equals(cn)) {
                return true;
            }
        }
        return false;
    }

    static void checkEmail(Certificate c, String email, List<Finding> out) {
        int at = email.lastIndexOf('@');
        String local = email.substring(0, at);
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        for (GeneralNameValue n : c.extensions().sanNames()) {
            if (n.kind() != GeneralNameKind.EMAIL) {
                continue;
            }
            int a = n.text().lastIndexOf('@');
            if (a > 0 && n.text().substring(0, a).equals(local) && n.text().substring(a + 1).toLowerCase(Locale.ROOT).equals(domain)) {
                return;
            }
        }
        out.add(new Finding(c, TrustReason.EMAIL_MISMATCH, "no rfc822Name matches " + email));
    }
}
