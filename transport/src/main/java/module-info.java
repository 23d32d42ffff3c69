/**
 * App Transport Security and secure transport: the {@code NSAppTransportSecurity} policy model (JSON, TOML,
 * plist XML), TLS client and server {@code SSLContext} factories and a {@code java.net.http.HttpClient}
 * enforcing it, DTLS 1.2 over {@code SSLEngine}, the supported-algorithm policy and ATS diagnostics.
 * Chains, revocation and Certificate Transparency are decided by the trust module; digests go through
 * cryptokit. JSSE and {@code KeyStore} are used as plumbing only.
 */
module dev.citadel.transport {
    requires transitive dev.citadel.trust;
    requires dev.citadel.cryptokit;
    requires transitive java.net.http;
    requires java.xml;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.toml;

    exports dev.citadel.transport;
    exports dev.citadel.transport.dtls;
}
