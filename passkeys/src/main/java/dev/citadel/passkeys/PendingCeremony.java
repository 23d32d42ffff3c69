package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a started ceremony that its finish needs: the challenge it is bound to, when it expires, and what the
 * options asked for (user verification, user, allowed credentials and algorithms, extensions).
 *
 * <p>The server keeps it — {@link #encode()} gives opaque bytes to store under {@link #id()} — and takes it back
 * <strong>once</strong>: a store that hands the same pending ceremony out twice lets a captured response be replayed
 * within {@link #LIFETIME}. The encoding is not authenticated, so it must not travel through the client.
 *
 * @param id the ceremony's identifier, {@value CeremonyId#LENGTH} random bytes
 * @param kind registration or authentication
 * @param rpId the RP ID the ceremony was started for
 * @param challenge the challenge: {@value RelyingParty#CHALLENGE_LENGTH} random bytes in every ceremony the relying party
 *     starts; a ceremony built by hand to check a captured response carries the capture's challenge, of any length
 * @param expiresAt when the ceremony stops being finishable ({@link #LIFETIME} after its start)
 * @param userVerification the requirement the options stated (enforced at finish when {@code REQUIRED})
 * @param user registration: the account the credential is created for
 * @param userHandle the user being authenticated when one was named (always the user's id in registration)
 * @param allowCredentials authentication: the credential ids allowed (empty = discoverable)
 * @param algorithms registration: the algorithms the options allowed, in preference order
 * @param extensions the extension inputs the options carried
 * @param mediation authentication: the mediation the page was told to use
 * @param attestation registration: the attestation conveyance the options asked for
 */
public record PendingCeremony(CeremonyId id, Kind kind, String rpId, Bytes challenge, Instant expiresAt,
        UserVerificationRequirement userVerification, Optional<PublicKeyCredentialUserEntity> user, Optional<Bytes> userHandle,
        List<Bytes> allowCredentials, List<CoseAlgorithm> algorithms, AuthenticationExtensionsClientInputs extensions,
        Optional<CredentialMediationRequirement> mediation, AttestationConveyancePreference attestation) {

    /** How long a ceremony can be finished after it started (also the options' {@code timeout}). */
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Longest challenge a pending ceremony carries. */
    public static final int MAX_CHALLENGE_LENGTH = 1024;
    /** Largest encoded pending ceremony accepted by {@link #decode}. */
    public static final int MAX_ENCODED_LENGTH = 64 * 1024;

    /** The two ceremonies. */
    public enum Kind { REGISTRATION, AUTHENTICATION }

    public PendingCeremony {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(userVerification, "userVerification");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userHandle, "userHandle");
        allowCredentials = List.copyOf(allowCredentials);
        algorithms = List.copyOf(algorithms);
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(mediation, "mediation");
        Objects.requireNonNull(attestation, "attestation");
        if (challenge.isEmpty() || challenge.size() > MAX_CHALLENGE_LENGTH) {
            throw new IllegalArgumentException("a challenge is 1.." + MAX_CHALLENGE_LENGTH + " bytes");
        }
        if (kind == Kind.REGISTRATION) {
            if (user.isEmpty() || algorithms.isEmpty()) {
                throw new IllegalArgumentException("a registration names its user and algorithms");
            }
            if (!userHandle.equals(Optional.of(user.get().id()))) {
                throw new IllegalArgumentException("a registration's userHandle is its user's id");
            }
        }
    }

    /** The state as opaque bytes for the server's ceremony store (UTF-8 JSON, versioned). */
    public Bytes encode() {
        return JsonForms.encodePending(this);
    }

    /** The state {@link #encode()} wrote; {@code MALFORMED_CEREMONY_STATE} for anything else. */
    public static PendingCeremony decode(Bytes encoded) {
        if (encoded.size() > MAX_ENCODED_LENGTH) {
            throw PasskeyException.of(PasskeyException.Reason.LIMIT_EXCEEDED, "pending ceremony larger than MAX_ENCODED_LENGTH=" + MAX_ENCODED_LENGTH);
        }
        return JsonForms.decodePending(encoded);
    }
}
