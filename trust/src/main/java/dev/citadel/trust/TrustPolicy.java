package dev.citadel.trust;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a chain must be good for (Apple {@code SecPolicy}): a value passed to
 * {@link TrustEvaluator#evaluate}, never a string. Each policy names the extended key usage it requires of
 * the leaf (and of any issuer that restricts extended key usage) and the identity checks it makes.
 */
public sealed interface TrustPolicy {

    /** id-kp-serverAuth. */
    String EKU_SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    /** id-kp-clientAuth. */
    String EKU_CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    /** id-kp-codeSigning. */
    String EKU_CODE_SIGNING = "1.3.6.1.5.5.7.3.3";
    /** id-kp-emailProtection. */
    String EKU_EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    /** anyExtendedKeyUsage. */
    String EKU_ANY = "2.5.29.37.0";

    /** The policy's family, which {@link AnchorConstraints#allowedPolicies()} refers to. */
    enum Kind { SSL_SERVER, SSL_CLIENT, CODE_SIGNING, SMIME, APPLE_MARKER, BASIC_X509, ATTESTATION }

    Kind kind();

    /** The extended key usage the leaf must allow, if the policy requires one. */
    Optional<String> requiredEku();

    /**
     * TLS server certificates ({@code SecPolicyCreateSSL(true, name)}) under the CA/Browser Forum profile:
     * serverAuth, a subjectAltName that matches the expected name (RFC 9525, no common-name fallback), a
     * leaf that is not a CA, common names that copy a subjectAltName.
     *
     * @param name the host name or IP address the client connected to; empty checks the chain only
     */
    record SslServer(Optional<ServerName> name) implements TrustPolicy {
        public SslServer {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Kind kind() {
            return Kind.SSL_SERVER;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.of(EKU_SERVER_AUTH);
        }
    }

    /** TLS client certificates ({@code SecPolicyCreateSSL(false, nil)}): clientAuth. */
    record SslClient() implements TrustPolicy {
        @Override
        public Kind kind() {
            return Kind.SSL_CLIENT;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.of(EKU_CLIENT_AUTH);
        }
    }

    /** Code signing ({@code SecPolicyCreateCodeSigning}): codeSigning. */
    record CodeSigning() implements TrustPolicy {
        @Override
        public Kind kind() {
            return Kind.CODE_SIGNING;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.of(EKU_CODE_SIGNING);
        }
    }

    /**
     * S/MIME-lite ({@code SecPolicyCreateSMIME}): emailProtection and an rfc822Name subjectAltName equal to
     * {@code email} (local part exact, domain case-insensitive).
     */
    record SMime(String email) implements TrustPolicy {
        public SMime {
            Objects.requireNonNull(email, "email");
            int at = email.lastIndexOf('@');
            if (at <= 0 || at == email.length() - 1) {
                throw new IllegalArgumentException("not an e-mail address: " + email);
            }
        }

        @Override
        public Kind kind() {
            return Kind.SMIME;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.of(EKU_EMAIL_PROTECTION);
        }
    }

    /**
     * Apple's marker-OID policies (App Attest, Apple Pay, …): the leaf must carry every extension in
     * {@code leafMarkers} and the certificate that issued it every extension in {@code intermediateMarkers}.
     * Those extensions count as processed, so they may be critical.
     *
     * @param name a label for explanations (e.g. {@code "Apple Pay"})
     * @param eku an extended key usage the leaf must allow, if any
     */
    record AppleMarker(String name, Set<String> leafMarkers, Set<String> intermediateMarkers, Optional<String> eku)
            implements TrustPolicy {
        public AppleMarker {
            Objects.requireNonNull(name, "name");
            leafMarkers = Set.copyOf(leafMarkers);
            intermediateMarkers = Set.copyOf(intermediateMarkers);
            Objects.requireNonNull(eku, "eku");
        }

        @Override
        public Kind kind() {
            return Kind.APPLE_MARKER;
        }

        @Override
        public Optional<String> requiredEku() {
            return eku;
        }
    }

    /** Basic X.509 ({@code SecPolicyCreateBasicX509}): RFC 5280 path validation, no usage or identity. */
    record BasicX509() implements TrustPolicy {
        @Override
        public Kind kind() {
            return Kind.BASIC_X509;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.empty();
        }
    }

    /**
     * Authenticator attestation (WebAuthn attestation statements, FIDO metadata roots): RFC 5280 path
     * validation with no usage or identity, as {@link BasicX509}, except that the leaf needs no
     * authorityKeyIdentifier. Vendors issue attestation leaves without one (YubiKey batch certificates,
     * Apple's anonymisation-CA credential certificates); as under {@link AppleMarker}, the issuer is then
     * found by name and every signature is still checked.
     */
    record Attestation() implements TrustPolicy {
        @Override
        public Kind kind() {
            return Kind.ATTESTATION;
        }

        @Override
        public Optional<String> requiredEku() {
            return Optional.empty();
        }
    }

    /** The name a TLS client expects: a DNS name (A-labels, lower case) or an IP address. */
    sealed interface ServerName {
        /** A DNS host name, already converted to ASCII (UTS #46) and lower case. */
        record DnsName(String ascii) implements ServerName {
            public DnsName {
                Objects.requireNonNull(ascii, "ascii");
            }
        }

        /** An IP address. */
        record IpAddress(InetAddress address) implements ServerName {
            public IpAddress {
                Objects.requireNonNull(address, "address");
            }
        }

        /**
         * Parses what a user typed: an IPv4/IPv6 literal, or a host name (internationalised names are
         * mapped with UTS #46 to A-labels). Throws {@link IllegalArgumentException} for anything else.
         */
        static ServerName of(String host) {
            Optional<byte[]> ip = IpAddresses.parse(host);
            if (ip.isPresent()) {
                try {
                    return new IpAddress(InetAddress.getByAddress(ip.get()));
                } catch (UnknownHostException e) {
                    throw new IllegalArgumentException(host, e);
                }
            }
            return new DnsName(DnsNames.toAscii(host));
        }
    }

    /** An SSL server policy for {@code host} (a host name or an IP literal). */
    static SslServer sslServer(String host) {
        return new SslServer(Optional.of(ServerName.of(host)));
    }

    /** An SSL server policy that checks the chain and the server profile but no name. */
    static SslServer sslServer() {
        return new SslServer(Optional.empty());
    }
}
