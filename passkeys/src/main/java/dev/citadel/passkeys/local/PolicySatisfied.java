package dev.citadel.passkeys.local;

import dev.citadel.encoding.Bytes;
import java.time.Instant;

/** A step-up that passed: only {@link StepUp} creates one. */
public final class PolicySatisfied {

    private final LocalAuthenticationPolicy policy;
    private final Bytes userHandle;
    private final Instant satisfiedAt;
    private final boolean byFallback;

    PolicySatisfied(LocalAuthenticationPolicy policy, Bytes userHandle, Instant satisfiedAt, boolean byFallback) {
        this.policy = policy;
        this.userHandle = userHandle;
        this.satisfiedAt = satisfiedAt;
        this.byFallback = byFallback;
    }

    /** The policy satisfied. */
    public LocalAuthenticationPolicy policy() {
        return policy;
    }

    /** The user who satisfied it. */
    public Bytes userHandle() {
        return userHandle;
    }

    /** When the authentication that satisfied it was verified. */
    public Instant satisfiedAt() {
        return satisfiedAt;
    }

    /** True when the application's fallback, not a passkey, satisfied {@code deviceOwnerAuthentication}. */
    public boolean byFallback() {
        return byFallback;
    }

    @Override
    public String toString() {
        return "PolicySatisfied[" + policy.value() + " at " + satisfiedAt + (byFallback ? ", fallback" : "") + "]";
    }
}
