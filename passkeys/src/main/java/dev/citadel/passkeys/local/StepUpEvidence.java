package dev.citadel.passkeys.local;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticatorAttachment;
import dev.citadel.passkeys.VerifiedAuthentication;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a step-up is judged on: the facts of the user's last authentication, in a form the server can keep with the
 * session. Made from a {@link VerifiedAuthentication} ({@link #of}) or from the application's own fallback check
 * ({@link #fallback}); a server that stores evidence must store it where the client cannot change it.
 *
 * @param userHandle the user who authenticated
 * @param credentialId the passkey used; empty for a fallback
 * @param verifiedAt when the authentication was verified
 * @param userVerified whether the authenticator verified the user (UV)
 * @param authenticatorAttachment the attachment the client reported for the passkey used
 */
public record StepUpEvidence(Bytes userHandle, Optional<Bytes> credentialId, Instant verifiedAt, boolean userVerified,
        Optional<AuthenticatorAttachment> authenticatorAttachment) {

    public StepUpEvidence {
        Objects.requireNonNull(userHandle, "userHandle");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(authenticatorAttachment, "authenticatorAttachment");
    }

    /** The evidence of a verified passkey assertion. */
    public static StepUpEvidence of(VerifiedAuthentication authentication) {
        return new StepUpEvidence(authentication.userHandle(), Optional.of(authentication.credentialId()), authentication.verifiedAt(),
                authentication.userVerified(), authentication.authenticatorAttachment());
    }

    /** The evidence of the application's fallback (which the application verified) for {@code userHandle} at {@code at}. */
    public static StepUpEvidence fallback(Bytes userHandle, Instant at) {
        return new StepUpEvidence(userHandle, Optional.empty(), at, false, Optional.empty());
    }

    /** True for an application fallback rather than a passkey. */
    public boolean isFallback() {
        return credentialId.isEmpty();
    }
}
