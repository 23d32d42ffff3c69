package dev.citadel.trust;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;

/**
 * One decoded GeneralName (a subjectAltName entry or a name-constraint base). Strings keep their exact
 * bytes (IA5String contents read as ISO-8859-1 so that non-ASCII bytes stay visible and are refused by the
 * syntax checks rather than silently mapped).
 */
final class GeneralNameValue {

    private final GeneralNameKind kind;
    private final int tag;
    private final String text;
    private final byte[] bytes;
    private final X500Name directory;
    private String lower;
    private int presentedDns; // 0 unknown, 1 valid, 2 invalid

    private GeneralNameValue(GeneralNameKind kind, int tag, String text, byte[] bytes, X500Name directory) {
        this.kind = kind;
        this.tag = tag;
        this.text = text;
        this.bytes = bytes;
        this.directory = directory;
    }

    static GeneralNameValue of(GeneralName name) {
        int tag = name.getTagNo();
        GeneralNameKind kind = GeneralNameKind.ofTag(tag);
        return switch (kind) {
            case DNS, EMAIL, URI -> {
                String s = ((ASN1String) name.getName()).getString();
                if (name.getName() instanceof org.bouncycastle.asn1.DERIA5String ia5) {
                    s = new String(ia5.getOctets(), StandardCharsets.ISO_8859_1);
                }
                yield new GeneralNameValue(kind, tag, s, null, null);
            }
            case IP -> new GeneralNameValue(kind, tag, null, ASN1OctetString.getInstance(name.getName()).getOctets(), null);
            case DIRECTORY -> new GeneralNameValue(kind, tag, null, null, X500Name.getInstance(name.getName()));
            case OTHER -> new GeneralNameValue(kind, tag, null, null, null);
        };
    }

    static GeneralNameValue dns(String name) {
        return new GeneralNameValue(GeneralNameKind.DNS, 2, name, null, null);
    }

    static GeneralNameValue email(String address) {
        return new GeneralNameValue(GeneralNameKind.EMAIL, 1, address, null, null);
    }

    static GeneralNameValue uri(String uri) {
        return new GeneralNameValue(GeneralNameKind.URI, 6, uri, null, null);
    }

    static GeneralNameValue ipSubtree(byte[] addressAndMask) {
        return new GeneralNameValue(GeneralNameKind.IP, 7, null, addressAndMask.clone(), null);
    }

    static GeneralNameValue directory(X500Name name) {
        return new GeneralNameValue(GeneralNameKind.DIRECTORY, 4, null, null, name);
    }

    GeneralNameKind kind() {
        return kind;
    }

    /** The context tag of the GeneralName CHOICE (distinguishes the OTHER forms). */
    int tag() {
        return tag;
    }

    String text() {
        return text;
    }

    /** {@link #text()} in lower case (computed once). */
    String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(java.util.Locale.ROOT);
            lower = l;
        }
        return l;
    }

    /** Whether {@link #text()} is a valid presented DNS identifier (computed once). */
    boolean validPresentedDns() {
        if (presentedDns == 0) {
            presentedDns = DnsNames.isValidPresented(text) ? 1 : 2;
        }
        return presentedDns == 1;
    }

    byte[] bytes() {
        return bytes;
    }

    X500Name directory() {
        return directory;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DNS -> "DNS:" + text;
            case EMAIL -> "email:" + text;
            case URI -> "URI:" + text;
            case IP -> "IP:" + IpAddresses.format(bytes);
            case DIRECTORY -> "DirName:" + directory;
            case OTHER -> "othername[" + tag + "]";
        };
    }
}
