package dev.citadel.server.config;

import dev.citadel.passkeys.local.AllowableReuseDuration;
import dev.citadel.passkeys.local.BiometryBinding;
import dev.citadel.passkeys.local.LocalAuthenticationPolicy;
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
 * @param stepUpBinding      whether the protected action is bound to the passkey set at step-up time
 *                           ({@code biometryCurrentSet}) or opens for any current passkey ({@code biometryAny})
 * @param rateLimitBurst     ceremony calls one client address may make at once
 * @param rateLimitPerMinute ceremony calls one client address regains per minute
 */
public record PasskeysSettings(String rpId, String rpName, List<String> origins, Optional<Path> mds,
        Optional<Path> attestationRoots, Duration sessionIdleTimeout, Duration sessionAbsoluteTimeout,
        LocalAuthenticationPolicy stepUpPolicy, Duration stepUpReuse, BiometryBinding.Kind stepUpBinding,
        int rateLimitBurst, int rateLimitPerMinute) {

    /** Longest step-up reuse window (LocalAuthentication's {@code touchIDAuthenticationMaximumAllowableReuseDuration}). */
    public static final Duration MAX_STEP_UP_REUSE = AllowableReuseDuration.MAXIMUM;

    public PasskeysSettings {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(rpName, "rpName");
        origins = List.copyOf(origins);
        Objects.requireNonNull(mds, "mds");
        Objects.requireNonNull(attestationRoots, "attestationRoots");
        Objects.requireNonNull(stepUpPolicy, "stepUpPolicy");
        Objects.requireNonNull(stepUpBinding, "stepUpBinding");
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()
                || sessionAbsoluteTimeout.compareTo(sessionIdleTimeout) < 0) {
            throw new IllegalArgumentException("the idle timeout must be positive and at most the absolute timeout");
        }
        if (rateLimitBurst < 1 || rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("rate limits are positive");
        }
        if (stepUpReuse.compareTo(Duration.ofSeconds(1)) < 0 || stepUpReuse.compareTo(MAX_STEP_UP_REUSE) > 0) {
            throw new IllegalArgumentException("the step-up reuse window is 1 second to 5 minutes");
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
