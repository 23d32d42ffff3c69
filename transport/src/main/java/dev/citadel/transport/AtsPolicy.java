package dev.citadel.transport;

import dev.citadel.trust.TrustPolicy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code NSAppTransportSecurity} dictionary (Apple, Information Property List): the ATS defaults and
 * the exceptions an app declares. Read one with {@link AtsPolicyReader}; ask it what applies to a host with
 * {@link #effectiveFor}.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>{@link #DEFAULT} is ATS: TLS ≥ 1.2, forward-secret suites only, SHA-2 certificate signatures,
 *       RSA ≥ 2048 / EC ≥ 256 bits, Certificate Transparency for publicly trusted chains, no {@code http:}.</li>
 *   <li>An exception entry matches its domain exactly, or a subdomain only with {@code NSIncludesSubdomains};
 *       the most specific entry wins; an entry starts from the defaults even under arbitrary loads.</li>
 *   <li>No key loosens what {@link SupportedAlgorithms} refuses outright (RC4, 3DES, export, NULL, anon), nor
 *       certificate trust: an untrusted chain stays untrusted under every key.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Model {@code NSAllowsArbitraryLoadsForMedia} / {@code NSAllowsArbitraryLoadsInWebContent} beyond recording
 * them (they concern AVFoundation and WebKit, not this client), nor the obsolete {@code NSThirdParty…} keys.
 *
 * @param exceptionDomains {@code NSExceptionDomains}, keyed by lower-case domain (A-labels)
 * @param pinnedDomains {@code NSPinnedDomains}, keyed by lower-case domain (A-labels)
 */
public record AtsPolicy(boolean allowsArbitraryLoads, boolean allowsArbitraryLoadsForMedia,
        boolean allowsArbitraryLoadsInWebContent, boolean allowsLocalNetworking,
        Map<String, ExceptionDomain> exceptionDomains, Map<String, PinnedDomain> pinnedDomains) {

    /** ATS with no key set. */
    public static final AtsPolicy DEFAULT = new AtsPolicy(false, false, false, false, Map.of(), Map.of());

    public AtsPolicy {
        exceptionDomains = normalised(exceptionDomains);
        pinnedDomains = normalised(pinnedDomains);
    }

    private static <V> Map<String, V> normalised(Map<String, V> in) {
        Map<String, V> out = new LinkedHashMap<>();
        in.forEach((k, v) -> {
            String domain = domainKey(k);
            if (out.put(domain, Objects.requireNonNull(v, "entry")) != null) {
                throw new AtsPolicyException(TransportReason.INVALID_VALUE, "domain listed twice: " + domain);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A domain key as ATS compares it: lower-case A-labels; IP literals and wildcards are refused. */
    static String domainKey(String key) {
        if (key.isEmpty() || key.contains("*") || key.startsWith(".") || key.endsWith(".")) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, "not a domain name: \"" + key + "\"");
        }
        TrustPolicy.ServerName name;
        try {
            name = TrustPolicy.ServerName.of(key);
        } catch (IllegalArgumentException e) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, "not a domain name: \"" + key + "\"", e);
        }
        if (name instanceof TrustPolicy.ServerName.DnsName(String ascii)) {
            return ascii.toLowerCase(Locale.ROOT);
        }
        throw new AtsPolicyException(TransportReason.INVALID_VALUE, "ATS domains are names, not IP addresses: " + key);
    }

    /** This policy with {@code NSAllowsArbitraryLoads} set. */
    public AtsPolicy withAllowsArbitraryLoads(boolean value) {
        return new AtsPolicy(value, allowsArbitraryLoadsForMedia, allowsArbitraryLoadsInWebContent, allowsLocalNetworking,
                exceptionDomains, pinnedDomains);
    }

    /** This policy with {@code NSAllowsLocalNetworking} set. */
    public AtsPolicy withAllowsLocalNetworking(boolean value) {
        return new AtsPolicy(allowsArbitraryLoads, allowsArbitraryLoadsForMedia, allowsArbitraryLoadsInWebContent, value,
                exceptionDomains, pinnedDomains);
    }

    /** This policy with an {@code NSExceptionDomains} entry for {@code domain} (replacing any). */
    public AtsPolicy withExceptionDomain(String domain, ExceptionDomain entry) {
        Map<String, ExceptionDomain> m = new LinkedHashMap<>(exceptionDomains);
        m.put(domainKey(domain), entry);
        return new AtsPolicy(allowsArbitraryLoads, allowsArbitraryLoadsForMedia, allowsArbitraryLoadsInWebContent,
                allowsLocalNetworking, m, pinnedDomains);
    }

    /** This policy with an {@code NSPinnedDomains} entry for {@code domain} (replacing any). */
    public AtsPolicy withPinnedDomain(String domain, PinnedDomain entry) {
        Map<String, PinnedDomain> m = new LinkedHashMap<>(pinnedDomains);
        m.put(domainKey(domain), entry);
        return new AtsPolicy(allowsArbitraryLoads, allowsArbitraryLoadsForMedia, allowsArbitraryLoadsInWebContent,
                allowsLocalNetworking, exceptionDomains, m);
    }

    /**
     * The rules for a connection to {@code host} (a host name or an IP literal): an exception entry for the
     * host itself, else for its nearest parent domain that includes subdomains; else local networking for
     * local hosts when allowed; else arbitrary loads when allowed; else the defaults. Pins are looked up the
     * same way, independently.
     */
    public EffectivePolicy effectiveFor(String host) {
        TrustPolicy.ServerName name;
        try {
            name = TrustPolicy.ServerName.of(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
        } catch (IllegalArgumentException e) {
            throw new AtsPolicyException(TransportReason.INVALID_VALUE, "not a host name or IP address: " + host, e);
        }
        String h = switch (name) {
            case TrustPolicy.ServerName.DnsName(String ascii) -> ascii.toLowerCase(Locale.ROOT);
            case TrustPolicy.ServerName.IpAddress(var address) -> address.getHostAddress();
        };
        boolean ip = name instanceof TrustPolicy.ServerName.IpAddress;
        Optional<PinnedDomain> pins = ip ? Optional.empty() : lookup(pinnedDomains, h, PinnedDomain::includesSubdomains).map(Map.Entry::getValue);
        Optional<Map.Entry<String, ExceptionDomain>> exception = ip ? Optional.empty()
                : lookup(exceptionDomains, h, ExceptionDomain::includesSubdomains);
        if (exception.isPresent()) {
            ExceptionDomain e = exception.get().getValue();
            return new EffectivePolicy(h, EffectivePolicy.Source.EXCEPTION_DOMAIN, Optional.of(exception.get().getKey()), true,
                    e.minimumTlsVersion(), e.requiresForwardSecrecy(), e.allowsInsecureHttpLoads(),
                    e.requiresCertificateTransparency() ? EffectivePolicy.CtRequirement.ALWAYS : EffectivePolicy.CtRequirement.PUBLICLY_TRUSTED,
                    pins);
        }
        if (allowsLocalNetworking && (ip || isLocalName(h))) {
            return relaxed(h, EffectivePolicy.Source.LOCAL_NETWORKING, pins);
        }
        if (allowsArbitraryLoads) {
            return relaxed(h, EffectivePolicy.Source.ARBITRARY_LOADS, pins);
        }
        return new EffectivePolicy(h, EffectivePolicy.Source.ATS_DEFAULT, Optional.empty(), true, TlsVersion.TLS_1_2, true, false,
                EffectivePolicy.CtRequirement.PUBLICLY_TRUSTED, pins);
    }

    private static EffectivePolicy relaxed(String host, EffectivePolicy.Source source, Optional<PinnedDomain> pins) {
        return new EffectivePolicy(host, source, Optional.empty(), false, TlsVersion.TLS_1_0, false, true,
                EffectivePolicy.CtRequirement.PUBLICLY_TRUSTED, pins);
    }

    /** localhost, an unqualified name, or a {@code .local} (mDNS) name. */
    static boolean isLocalName(String host) {
        return host.equals("localhost") || host.endsWith(".localhost") || !host.contains(".") || host.endsWith(".local");
    }

    private interface Includes<V> {
        boolean includesSubdomains(V v);
    }

    private static <V> Optional<Map.Entry<String, V>> lookup(Map<String, V> entries, String host, Includes<V> includes) {
        V exact = entries.get(host);
        if (exact != null) {
            return Optional.of(Map.entry(host, exact));
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            String parent = host.substring(dot + 1);
            V v = entries.get(parent);
            if (v != null && includes.includesSubdomains(v)) {
                return Optional.of(Map.entry(parent, v));
            }
        }
        return Optional.empty();
    }
}
