package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.local.AllowableReuseDuration;
import dev.citadel.passkeys.local.BiometryBinding;
import dev.citadel.passkeys.local.LocalAuthenticationPolicy;
import dev.citadel.passkeys.local.PolicySatisfied;
import dev.citadel.passkeys.local.StepUp;
import dev.citadel.passkeys.local.StepUpEvidence;
import dev.citadel.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The examples of {@code docs/passkeys.md}, kept compiling and running; the software authenticator stands in for
 * the page and the browser between the two halves of each ceremony.
 */
class DocsExampleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T10:00:00Z"));
    private final Map<CeremonyId, Bytes> ceremonies = new HashMap<>();
    private final InMemoryCredentialStore credentials = new InMemoryCredentialStore();
    private final SoftwareAuthenticator browser = new SoftwareAuthenticator("https://example.com", RandomSource.system());

    @Test
    void registrationSignInAndStepUp() {
        RelyingParty rp = RelyingParty.builder()
                .rpId("example.com")
                .rpName("Example")
                .origins(Set.of("https://example.com"))
                .clock(clock)                                   // default: system UTC
                .build();

        // Sign-up: options for the page, the pending ceremony kept by the server under its id (taken back once).
        PublicKeyCredentialUserEntity user = new PublicKeyCredentialUserEntity(
                Bytes.of(RandomSource.system().bytes(32)), "alice@example.com", "Alice");
        RegistrationStart registration = rp.startRegistration(RegistrationRequest.of(user)
                .withExtensions(AuthenticationExtensionsClientInputs.NONE.withCredProps()));
        ceremonies.put(registration.pending().id(), registration.pending().encode());
        String creationOptionsJson = registration.options().toJson();   // → parseCreationOptionsFromJSON

        String registrationResponseJson = browser.register(creationOptionsJson);

        // ... the page answers with credential.toJSON():
        PendingCeremony pendingRegistration = PendingCeremony.decode(ceremonies.remove(registration.pending().id()));
        VerifiedRegistration verified = rp.finishRegistration(pendingRegistration, registrationResponseJson);
        credentials.create(verified.credential());                     // refuses an id already registered

        // Sign-in with passkey autofill: usernameless, the page calls get({mediation: "conditional", publicKey}).
        AuthenticationStart authentication = rp.startAuthentication(AuthenticationRequest.conditional());
        ceremonies.put(authentication.pending().id(), authentication.pending().encode());
        String requestOptionsJson = authentication.options().toJson(); // → parseRequestOptionsFromJSON
        authentication.options().mediation();                          // Optional[CONDITIONAL], for the page

        String authenticationResponseJson = browser.authenticate(requestOptionsJson);

        PendingCeremony pendingAuthentication = PendingCeremony.decode(ceremonies.remove(authentication.pending().id()));
        VerifiedAuthentication signedIn = rp.finishAuthentication(pendingAuthentication, authenticationResponseJson, credentials);
        if (!credentials.recordUse(signedIn.credentialId(), signedIn.previousSignCount(), signedIn.credentialUse())) {
            throw new IllegalStateException("another sign-in moved the counter first");  // treat as failed
        }
        signedIn.userHandle();             // the account
        signedIn.signCountRegressed();     // possible cloned authenticator: the caller's policy
        signedIn.backupStateTransition();  // UNCHANGED, BACKED_UP, NO_LONGER_BACKED_UP

        assertThat(verified.discoverable()).contains(true);
        assertThat(signedIn.userHandle()).isEqualTo(user.id());
        assertThat(authentication.options().mediation()).contains(CredentialMediationRequirement.CONDITIONAL);
        assertThat(ceremonies).isEmpty();

        StepUp stepUp = StepUp.over(StepUpEvidence.of(signedIn), clock);   // evidence kept with the session
        PolicySatisfied ok = stepUp.require(
                LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS,
                AllowableReuseDuration.of(Duration.ofMinutes(2)));           // at most 5 minutes

        // A resource bound to the user's passkeys as they are now (biometryCurrentSet):
        BiometryBinding binding = BiometryBinding.currentSet(user.id(), credentials.findByUser(user.id()));
        stepUp.require(LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION, AllowableReuseDuration.of(Duration.ofMinutes(2)),
                binding, credentials.findByUser(user.id()));                // CREDENTIAL_SET_CHANGED once a passkey is added or removed

        assertThat(ok.satisfiedAt()).isEqualTo(clock.instant());
        // The ceremony store took each pending ceremony once: the same response cannot be finished again.
        assertThat(Optional.ofNullable(ceremonies.remove(authentication.pending().id()))).isEmpty();
        assertThat(Json.reasonOf(() -> rp.finishAuthentication(rp.startAuthentication(AuthenticationRequest.conditional()).pending(),
                authenticationResponseJson, credentials))).isEqualTo(Reason.CHALLENGE_MISMATCH);
    }
}
