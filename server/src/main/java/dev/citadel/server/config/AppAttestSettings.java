package dev.citadel.server.config;

import dev.citadel.attest.AppId;
import dev.citadel.attest.Environment;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the App Attest service, present when {@code appattest.app-id} is set.
 *
 * @param appId           the App ID whose keys are registered
 * @param environment     the App Attest environment the app runs in
 * @param rootFile        Apple App Attestation Root CA, checked against its pinned fingerprint at start
 * @param receiptRootFile Apple Root CA - G3, checked against its pinned fingerprint at start
 * @param binding         what an assertion must sign
 */
public record AppAttestSettings(AppId appId, Environment environment, Path rootFile, Path receiptRootFile, RequestBinding binding) {

    /** What the client data of an assertion-protected request must be. */
    public enum RequestBinding {
        /** Citadel's canonical text naming the challenge, the method, the path and SHA-256 of the body. */
        REQUEST,
        /**
         * Any client data that contains the challenge (the app's own format). WARNING: the request's method,
         * path and body are not bound to the assertion.
         */
        CHALLENGE
    }

    public AppAttestSettings {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(rootFile, "rootFile");
        Objects.requireNonNull(receiptRootFile, "receiptRootFile");
        Objects.requireNonNull(binding, "binding");
    }
}
