package dev.citadel.server.devicecheck;

import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import java.util.Optional;

/**
 * Apple's DeviceCheck refusals as the API answers them: the status and the plain-text sentence, which
 * deployed clients match on. Reasons outside Apple's protocol have no answer here.
 */
record AppleAnswer(int status, String text) {

    static Optional<AppleAnswer> of(Reason reason) {
        return Optional.ofNullable(switch (reason) {
            case BAD_DEVICE_TOKEN -> new AppleAnswer(400, "Missing or incorrectly formatted device token payload");
            case BAD_BITS -> new AppleAnswer(400, "Missing or incorrectly formatted bits");
            case BAD_TIMESTAMP -> new AppleAnswer(400, "Missing or incorrectly formatted time stamp");
            case BAD_PAYLOAD -> new AppleAnswer(400, "Missing or incorrectly formatted payload");
            case BAD_AUTHORIZATION_TOKEN -> new AppleAnswer(400, "Missing or badly formatted authorization token");
            case UNVERIFIED_AUTHORIZATION_TOKEN -> new AppleAnswer(401, "Unable to verify authorization token");
            default -> null;
        });
    }
}
