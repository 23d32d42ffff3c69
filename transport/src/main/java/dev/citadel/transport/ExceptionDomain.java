package dev.citadel.transport;

import java.util.Objects;

/**
 * One {@code NSExceptionDomains} entry. An entry starts from the ATS defaults (TLS 1.2, forward secrecy,
 * no HTTP) whatever {@code NSAllowsArbitraryLoads} says, and loosens only what it names.
 *
 * @param includesSubdomains {@code NSIncludesSubdomains} (default false)
 * @param allowsInsecureHttpLoads {@code NSExceptionAllowsInsecureHTTPLoads} (default false): {@code http:}
 *        URLs are allowed; it does not loosen certificate trust for {@code https:}
 * @param minimumTlsVersion {@code NSExceptionMinimumTLSVersion} (default TLS 1.2)
 * @param requiresForwardSecrecy {@code NSExceptionRequiresForwardSecrecy} (default true); false admits the six
 *        ATS-listed RSA key-exchange suites, never RC4, 3DES or the like
 * @param requiresCertificateTransparency {@code NSRequiresCertificateTransparency} (default false): true
 *        requires CT for this domain's certificates even when they chain to a user-added anchor
 */
public record ExceptionDomain(boolean includesSubdomains, boolean allowsInsecureHttpLoads, TlsVersion minimumTlsVersion,
        boolean requiresForwardSecrecy, boolean requiresCertificateTransparency) {

    /** An entry with every default: it changes nothing until a field is set. */
    public static final ExceptionDomain DEFAULTS = new ExceptionDomain(false, false, TlsVersion.TLS_1_2, true, false);

    public ExceptionDomain {
        Objects.requireNonNull(minimumTlsVersion, "minimumTlsVersion");
    }

    public ExceptionDomain withIncludesSubdomains(boolean value) {
        return new ExceptionDomain(value, allowsInsecureHttpLoads, minimumTlsVersion, requiresForwardSecrecy, requiresCertificateTransparency);
    }

    public ExceptionDomain withAllowsInsecureHttpLoads(boolean value) {
        return new ExceptionDomain(includesSubdomains, value, minimumTlsVersion, requiresForwardSecrecy, requiresCertificateTransparency);
    }

    public ExceptionDomain withMinimumTlsVersion(TlsVersion value) {
        return new ExceptionDomain(includesSubdomains, allowsInsecureHttpLoads, value, requiresForwardSecrecy, requiresCertificateTransparency);
    }

    public ExceptionDomain withRequiresForwardSecrecy(boolean value) {
        return new ExceptionDomain(includesSubdomains, allowsInsecureHttpLoads, minimumTlsVersion, value, requiresCertificateTransparency);
    }

    public ExceptionDomain withRequiresCertificateTransparency(boolean value) {
        return new ExceptionDomain(includesSubdomains, allowsInsecureHttpLoads, minimumTlsVersion, requiresForwardSecrecy, value);
    }
}
