package dev.citadel.server.passkeys;

import dev.citadel.server.config.PasskeysSettings.StepUpPolicy;
import java.time.Duration;
import java.time.Instant;

/**
 * The local-authentication policies on the server (LocalAuthentication's {@code LAPolicy} semantics over
 * WebAuthn): which assertions satisfy which policy, and whether a session's last step-up still counts.
 *
 * <ul>
 *   <li>{@code deviceOwnerAuthenticationWithBiometrics}: a fresh assertion with UV whose client reported a
 *       platform authenticator (WebAuthn cannot see whether UV was a biometric or the device passcode; a
 *       platform authenticator is the closest observable).</li>
 *   <li>{@code deviceOwnerAuthentication}: a fresh assertion with UV from any authenticator. A biometric
 *       step-up also satisfies it.</li>
 *   <li>A step-up counts for the reuse window after it (at most 5 minutes, like
 *       {@code LAContext.touchIDAuthenticationAllowableReuseDuration}), and only in the session that did it.</li>
 * </ul>
 */
final class StepUps {

    private StepUps() {}

    static boolean satisfies(StepUpPolicy policy, Ceremonies.Authenticated assertion) {
        return switch (policy) {
            case DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS -> assertion.userVerified() && assertion.platform();
            case DEVICE_OWNER_AUTHENTICATION -> assertion.userVerified();
        };
    }

    /** Whether {@code session}'s last step-up satisfies {@code required} within {@code reuse} at {@code now}. */
    static boolean current(Session session, StepUpPolicy required, Duration reuse, Instant now) {
        return session.stepUp().filter(s -> {
            StepUpPolicy done = StepUpPolicy.fromWireName(s.policy()).orElse(null);
            boolean strongEnough = done == required || done == StepUpPolicy.DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS;
            return strongEnough && !s.at().isAfter(now) && !now.isAfter(s.at().plus(reuse));
        }).isPresent();
    }
}
