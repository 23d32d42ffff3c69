package dev.citadel.attest.devicecheck;

import java.net.URI;

/** Apple's two DeviceCheck hosts. A compatible service (Citadel's own) is named by its base URL instead. */
public enum DeviceCheckEnvironment {
    /** Tokens from apps distributed through the App Store, TestFlight or enterprise distribution. */
    PRODUCTION(URI.create("https://api.devicecheck.apple.com/v1/")),
    /** Tokens from development builds. */
    DEVELOPMENT(URI.create("https://api.development.devicecheck.apple.com/v1/"));

    private final URI baseUrl;

    DeviceCheckEnvironment(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The base URL the endpoint names ({@code query_two_bits}, …) resolve against; ends with {@code /}. */
    public URI baseUrl() {
        return baseUrl;
    }
}
