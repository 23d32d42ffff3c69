package dev.citadel.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AtsPolicy#effectiveFor} decided for one host: the rules a connection to it must meet.
 *
 * @param host the host, lower-case (A-labels) or an IP literal
 * @param source which part of the dictionary decided
 * @param matchedDomain the {@code NSExceptionDomains} key that matched, if any
 * @param atsEnforced whether ATS's certificate rules (SHA-2 signatures, key sizes) apply; false under
 *        arbitrary loads and local networking
 * @param minimumTlsVersion the lowest protocol version accepted
 * @param requiresForwardSecrecy whether only ECDHE suites (and TLS 1.3) are accepted
 * @param allowsInsecureHttpLoads whether {@code http:} URLs are allowed
 * @param certificateTransparency when CT is required
 * @param pins the {@code NSPinnedDomains} entry that applies, if any
 */
public record EffectivePolicy(String host, Source source, Optional<String> matchedDomain, boolean atsEnforced,
        TlsVersion minimumTlsVersion, boolean requiresForwardSecrecy, boolean allowsInsecureHttpLoads,
        CtRequirement certificateTransparency, Optional<PinnedDomain> pins) {

    /** Which part of the dictionary decided. */
    public enum Source {
        /** No key applies: ATS defaults. */
        ATS_DEFAULT,
        /** An {@code NSExceptionDomains} entry (exact or through {@code NSIncludesSubdomains}). */
        EXCEPTION_DOMAIN,
        /** {@code NSAllowsArbitraryLoads} for a host without an exception entry. */
        ARBITRARY_LOADS,
        /** {@code NSAllowsLocalNetworking}: localhost, an unqualified name, {@code .local}, an IP literal. */
        LOCAL_NETWORKING
    }

    /** When Certificate Transparency is required. */
    public enum CtRequirement {
        /**
         * For chains that end in a system (publicly trusted) anchor, as Apple's platform requires; chains to
         * anchors the relying party added are exempt.
         */
        PUBLICLY_TRUSTED,
        /** For every chain ({@code NSRequiresCertificateTransparency = true}). */
        ALWAYS
    }

    public EffectivePolicy {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(matchedDomain, "matchedDomain");
        Objects.requireNonNull(minimumTlsVersion, "minimumTlsVersion");
        Objects.requireNonNull(certificateTransparency, "certificateTransparency");
        Objects.requireNonNull(pins, "pins");
    }
}
