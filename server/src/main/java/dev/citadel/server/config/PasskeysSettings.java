package dev.citadel.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the passkey service (relying party, sessions, step-up).
 *
 * @param rpId               the relying party id (a registrable domain, {@code localhost} by default)
 * @param rpName             the relying party name authenticators show
 * @param origins            the accepted origins; empty = {@code http://localhost:<bound port>} (and the
 *                           {@code https} form when TLS is on)
 * @param mds                an optional FIDO MDS3 BLOB file (authenticator names, icons, statuses)
 * @param attestationRoots   an optional directory of attestation trust anchors (PEM or DER)
 * @param sessionIdleTimeout a session unused this long ends
 * @param sessionAbsoluteTimeout every session ends this long after sign-in
 * @param stepUpPolicy       the local-authentication policy {@code POST /account/protected-action} requires
 * @param stepUpReuse        how long a satisfied step-up counts (at most 5 minutes, as on Apple platforms)
 */
public record PasskeysSettings(String rpId, String rpName, List<String> origins, Optional<Path> mds,
        Optional<Path> attestationRoots, Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout,
        StepUpPolicy stepUpPolicy, Duration stepUpReuse) {

    /** Longest step-up reuse window (LocalAuthentication's {@code touchIDAuthenticationMaximumAllowableReuseDuration}). */
    public static final Duration MAX_STEP_UP_REUSE = Duration.ofMinutes(5);

    /** The local-authentication policies a step-up can ask for, with their wire names. */
    public enum StepUpPolicy {
        /** A fresh user-verified assertion from a platform authenticator. */
        DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS("deviceOwnerAuthenticationWithBiometrics"),
        /** A fresh user-verified assertion from any authenticator. */
        DEVICE_OWNER_AUTHENTICATION("deviceOwnerAuthentication");

        private final String wireName;

        StepUpPolicy(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<StepUpPolicy> fromWireName(String name) {
            for (StepUpPolicy p : values()) {
                if (p.wireName.equals(name)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    public PasskeysSettings {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        origins = List.copyOf(origins);
        Objects.requireNonNull(mds, "mds");
        Objects.requireNonNull(attestationRoots, "attestationRoots");
        Objects.requireNonNull(stepUpPolicy, "stepUpPolicy");
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()
                || sessionAbsoluteTimeout.compareTo(sessionIdleTimeout) < 0) {
            throw new IllegalArgumentException("the idle timeout must be positive and at most the absolute timeout");
        }
        if (stepUpReuse.isNegative() || stepUpReuse.compareTo(MAX_STEP_UP_REUSE) > 0) {
            throw new IllegalArgumentException("the step-up reuse window is 0 to 5 minutes");
        }
    }

    /** The origins to accept when the listener is bound to {@code port}. */
    public List<String> originsFor(int port, boolean tls) {
        if (!origins.isEmpty()) {
            return origins;
        }
        return List.of((tls ? "https" : "http") + "://" + rpId + ":" + port);
    }
}
