package dev.citadel.trust;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Constraints a relying party puts on a trust anchor it adds, beyond what the anchor certificate says:
 * name constraints applied to every certificate below the anchor (RFC 5280 §4.2.1.10 semantics) and the
 * policies the anchor may be used for.
 *
 * <p>Subtrees are written {@code dns:example.com}, {@code ip:192.0.2.0/24}, {@code ip:2001:db8::/32},
 * {@code email:example.com} (or {@code email:.example.com}, {@code email:user@example.com}),
 * {@code uri:.example.com} or {@code dn:CN=Example,O=Org}.
 *
 * @param permittedSubtrees names below the anchor must lie in one of these (per name form present)
 * @param excludedSubtrees names below the anchor must lie in none of these
 * @param allowedPolicies the policy kinds this anchor may vouch for; all when empty
 */
public record AnchorConstraints(List<String> permittedSubtrees, List<String> excludedSubtrees,
        Set<TrustPolicy.Kind> allowedPolicies) {

    /** No constraint. */
    public static final AnchorConstraints NONE = new AnchorConstraints(List.of(), List.of(), Set.of());

    public AnchorConstraints {
        permittedSubtrees = List.copyOf(permittedSubtrees);
        excludedSubtrees = List.copyOf(excludedSubtrees);
        allowedPolicies = allowedPolicies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedPolicies));
        permittedSubtrees.forEach(AnchorConstraints::parse);
        excludedSubtrees.forEach(AnchorConstraints::parse);
    }

    /** Only these policy kinds. */
    public static AnchorConstraints onlyFor(TrustPolicy.Kind first, TrustPolicy.Kind... more) {
        return new AnchorConstraints(List.of(), List.of(), EnumSet.of(first, more));
    }

    /** Whether the anchor may vouch for {@code kind}. */
    public boolean allows(TrustPolicy.Kind kind) {
        return allowedPolicies.isEmpty() || allowedPolicies.contains(kind);
    }

    /** Whether there is any name constraint. */
    boolean hasNameConstraints() {
        return !permittedSubtrees.isEmpty() || !excludedSubtrees.isEmpty();
    }

    List<GeneralNameValue> permitted() {
        return permittedSubtrees.stream().map(AnchorConstraints::parse).toList();
    }

    List<GeneralNameValue> excluded() {
        return excludedSubtrees.stream().map(AnchorConstraints::parse).toList();
    }

    static GeneralNameValue parse(String subtree) {
        int colon = subtree.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("subtree needs a form prefix (dns:, ip:, email:, uri:, dn:): " + subtree);
        }
        String form = subtree.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = subtree.substring(colon + 1);
        return switch (form) {
            case "dns" -> GeneralNameValue.dns(value);
            case "email" -> GeneralNameValue.email(value);
            case "uri" -> GeneralNameValue.uri(value);
            case "dn" -> GeneralNameValue.directory(new X500Name(value));
            case "ip" -> GeneralNameValue.ipSubtree(cidr(subtree, value));
            default -> throw new IllegalArgumentException("unknown subtree form " + form + " in " + subtree);
        };
    }

    private static byte[] cidr(String subtree, String value) {
        int slash = value.lastIndexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("ip subtree needs /prefix: " + subtree);
        }
        byte[] address = IpAddresses.parse(value.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + subtree));
        int prefix;
        try {
            prefix = Integer.parseInt(value.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad prefix length: " + subtree, e);
        }
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("bad prefix length: " + subtree);
        }
        byte[] out = new byte[address.length * 2];
        System.arraycopy(address, 0, out, 0, address.length);
        for (int i = 0; i < prefix; i++) {
            out[address.length + i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return out;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (!permittedSubtrees.isEmpty()) {
            parts.add("permitted " + permittedSubtrees);
        }
        if (!excludedSubtrees.isEmpty()) {
            parts.add("excluded " + excludedSubtrees);
        }
        if (!allowedPolicies.isEmpty()) {
            parts.add("policies " + allowedPolicies);
        }
        return parts.isEmpty() ? "AnchorConstraints[none]" : "AnchorConstraints" + parts;
    }
}
