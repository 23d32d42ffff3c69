package dev.citadel.server.appattest;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * A route handler behind {@link AppAttestGuard}: it runs only after the request's assertion verified, and
 * reads the body from {@link VerifiedAppRequest#body()} (the guard has consumed the request's stream).
 */
@FunctionalInterface
public interface ProtectedHandler {

    void handle(ServerRequest request, ServerResponse response, VerifiedAppRequest verified);
}
