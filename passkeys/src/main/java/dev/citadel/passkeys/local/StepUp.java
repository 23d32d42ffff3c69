package dev.citadel.passkeys.local;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticatorAttachment;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * "This operation requires policy P, satisfied within the last N seconds": Apple's {@code LAContext.evaluatePolicy}
 * with {@code touchIDAuthenticationAllowableReuseDuration}, judged on the server over the user's last passkey
 * authentication.
 *
 * <pre>{@code
 * StepUp stepUp = StepUp.over(StepUpEvidence.of(verifiedAuthentication), clock);
 * PolicySatisfied ok = stepUp.require(LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS,
 *         AllowableReuseDuration.of(Duration.ofMinutes(2)));        // throws PasskeyException otherwise
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Evidence older than the allowable reuse duration (at most {@link AllowableReuseDuration#MAXIMUM}) or from the
 *       future is {@code STEP_UP_REQUIRED}.</li>
 *   <li>Both policies need UV; the biometrics policy also needs a platform authenticator and never accepts the
 *       application's fallback.</li>
 *   <li>With a {@link BiometryBinding}, the evidence must be the bound user's, its passkey must still be theirs, and a
 *       current-set binding stops opening once the user's passkeys change.</li>
 * </ul>
 */
public final class StepUp {

    private final StepUpEvidence evidence;
    private final Clock clock;
    private final boolean fallbackAllowed;

    private StepUp(StepUpEvidence evidence, Clock clock, boolean fallbackAllowed) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fallbackAllowed = fallbackAllowed;
    }

    /** Step-ups judged on {@code evidence}; the application fallback is not accepted. */
    public static StepUp over(StepUpEvidence evidence, Clock clock) {
        return new StepUp(evidence, clock, false);
    }

    /** As {@link #over}, also accepting the application's fallback for {@code deviceOwnerAuthentication}. */
    public static StepUp overWithFallback(StepUpEvidence evidence, Clock clock) {
        return new StepUp(evidence, clock, true);
    }

    /** Requires {@code policy} satisfied within {@code within}; {@code PasskeyException} with the reason otherwise. */
    public PolicySatisfied require(LocalAuthenticationPolicy policy, AllowableReuseDuration within) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(within, "within");
        Instant now = clock.instant();
        Instant at = evidence.verifiedAt();
        if (at.isAfter(now) || Duration.between(at, now).compareTo(within.value()) > 0) {
            throw PasskeyException.of(Reason.STEP_UP_REQUIRED, "no authentication within " + within.value() + " (last at " + at + ")");
        }
        switch (policy) {
            case DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS -> {
                if (evidence.isFallback()) {
                    throw PasskeyException.of(Reason.STEP_UP_REQUIRED, "the biometrics policy needs a passkey, not the fallback");
                }
                requireUserVerified();
                if (!evidence.authenticatorAttachment().equals(java.util.Optional.of(AuthenticatorAttachment.PLATFORM))) {
                    throw PasskeyException.of(Reason.PLATFORM_AUTHENTICATOR_REQUIRED, "the biometrics policy needs the device's own authenticator, not "
                            + evidence.authenticatorAttachment().map(AuthenticatorAttachment::value).orElse("an unreported attachment"));
                }
            }
            case DEVICE_OWNER_AUTHENTICATION -> {
                if (evidence.isFallback()) {
                    if (!fallbackAllowed) {
                        throw PasskeyException.of(Reason.STEP_UP_REQUIRED, "the application fallback is not enabled");
                    }
                } else {
                    requireUserVerified();
                }
            }
        }
        return new PolicySatisfied(policy, evidence.userHandle(), at, evidence.isFallback());
    }

    /**
     * As {@link #require(LocalAuthenticationPolicy, AllowableReuseDuration)}, for a resource bound with {@code binding}:
     * the evidence must be the bound user's, its passkey one of {@code currentCredentials} (the user's passkeys now),
     * and a current-set binding must still match them ({@code CREDENTIAL_SET_CHANGED}).
     */
    public PolicySatisfied require(LocalAuthenticationPolicy policy, AllowableReuseDuration within, BiometryBinding binding,
            List<CredentialRecord> currentCredentials) {
        if (!evidence.userHandle().equals(binding.userHandle())) {
            throw PasskeyException.of(Reason.USER_HANDLE_MISMATCH, "the authentication is another user's");
        }
        binding.check(currentCredentials);
        if (evidence.credentialId().isPresent()) {
            Bytes id = evidence.credentialId().get();
            if (currentCredentials.stream().noneMatch(c -> c.id().equals(id))) {
                throw PasskeyException.of(Reason.UNKNOWN_CREDENTIAL, "the passkey used is no longer the user's");
            }
        }
        return require(policy, within);
    }

    private void requireUserVerified() {
        if (!evidence.userVerified()) {
            throw PasskeyException.of(Reason.USER_NOT_VERIFIED, "the authentication did not verify the user (UV clear)");
        }
    }
}
