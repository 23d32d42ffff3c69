package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.local.AllowableReuseDuration;
import dev.citadel.passkeys.local.BiometryBinding;
import dev.citadel.passkeys.local.LocalAuthenticationPolicy;
import dev.citadel.passkeys.local.PolicySatisfied;
import dev.citadel.passkeys.local.StepUp;
import dev.citadel.passkeys.local.StepUpEvidence;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Local-authentication policy over real ceremonies: step-ups, the reuse window, biometry bindings, and the attacks. */
class LocalAuthenticationTest {

    private static final LocalAuthenticationPolicy BIOMETRICS = LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS;
    private static final LocalAuthenticationPolicy DEVICE_OWNER = LocalAuthenticationPolicy.DEVICE_OWNER_AUTHENTICATION;
    private static final AllowableReuseDuration TWO_MINUTES = AllowableReuseDuration.of(Duration.ofMinutes(2));

    private final Fixture f = new Fixture();
    private final Bytes alice = Fixture.user("alice").id();

    LocalAuthenticationTest() {
        f.register("alice");
    }

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private StepUp stepUpAfterSignIn() {
        return StepUp.over(StepUpEvidence.of(f.signIn()), f.clock);
    }

    @Test
    void a_fresh_platform_assertion_with_uv_satisfies_both_policies() {
        StepUp stepUp = stepUpAfterSignIn();
        PolicySatisfied ok = stepUp.require(BIOMETRICS, TWO_MINUTES);
        assertThat(ok.policy()).isEqualTo(BIOMETRICS);
        assertThat(ok.userHandle()).isEqualTo(alice);
        assertThat(ok.satisfiedAt()).isEqualTo(f.clock.instant());
        assertThat(stepUp.require(DEVICE_OWNER, AllowableReuseDuration.NONE).byFallback()).isFalse();
    }

    @Test
    void a_stale_step_up_is_refused_after_the_reuse_window() {
        StepUp stepUp = stepUpAfterSignIn();
        f.clock.advance(Duration.ofMinutes(2));
        stepUp.require(BIOMETRICS, TWO_MINUTES);
        f.clock.advance(Duration.ofSeconds(1));
        assertReason(() -> stepUp.require(BIOMETRICS, TWO_MINUTES), Reason.STEP_UP_REQUIRED);
        assertReason(() -> stepUp.require(DEVICE_OWNER, AllowableReuseDuration.NONE), Reason.STEP_UP_REQUIRED);
    }

    @Test
    void evidence_from_the_future_is_refused() {
        StepUpEvidence e = StepUpEvidence.of(f.signIn());
        f.clock.advance(Duration.ofSeconds(-1));
        assertReason(() -> StepUp.over(e, f.clock).require(DEVICE_OWNER, TWO_MINUTES), Reason.STEP_UP_REQUIRED);
    }

    @Test
    void the_reuse_window_is_at_most_five_minutes() {
        assertThat(AllowableReuseDuration.MAXIMUM).isEqualTo(Duration.ofMinutes(5));
        assertThat(AllowableReuseDuration.of(Duration.ofMinutes(5)).value()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> AllowableReuseDuration.of(Duration.ofMinutes(5).plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllowableReuseDuration.of(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uv_absent_satisfies_neither_policy() {
        f.authenticator.userVerified = false;
        StepUp stepUp = StepUp.over(StepUpEvidence.of(f.signIn(AuthenticationRequest.discoverable()
                .withUserVerification(UserVerificationRequirement.DISCOURAGED))), f.clock);
        assertReason(() -> stepUp.require(BIOMETRICS, TWO_MINUTES), Reason.USER_NOT_VERIFIED);
        assertReason(() -> stepUp.require(DEVICE_OWNER, TWO_MINUTES), Reason.USER_NOT_VERIFIED);
    }

    @Test
    void a_security_key_does_not_satisfy_the_biometrics_policy() {
        f.authenticator.authenticatorAttachment = "cross-platform";
        StepUp stepUp = stepUpAfterSignIn();
        assertReason(() -> stepUp.require(BIOMETRICS, TWO_MINUTES), Reason.PLATFORM_AUTHENTICATOR_REQUIRED);
        assertThat(stepUp.require(DEVICE_OWNER, TWO_MINUTES).policy()).isEqualTo(DEVICE_OWNER);
    }

    @Test
    void the_application_fallback_counts_only_for_device_owner_authentication_and_only_when_enabled() {
        StepUpEvidence fallback = StepUpEvidence.fallback(alice, f.clock.instant());
        assertReason(() -> StepUp.over(fallback, f.clock).require(DEVICE_OWNER, TWO_MINUTES), Reason.STEP_UP_REQUIRED);
        assertThat(StepUp.overWithFallback(fallback, f.clock).require(DEVICE_OWNER, TWO_MINUTES).byFallback()).isTrue();
        assertReason(() -> StepUp.overWithFallback(fallback, f.clock).require(BIOMETRICS, TWO_MINUTES), Reason.STEP_UP_REQUIRED);
    }

    @Test
    void biometry_current_set_stops_opening_when_a_passkey_is_added() {
        BiometryBinding binding = BiometryBinding.currentSet(alice, f.store.findByUser(alice));
        StepUp stepUp = stepUpAfterSignIn();
        stepUp.require(BIOMETRICS, TWO_MINUTES, binding, f.store.findByUser(alice));
        f.register("alice"); // a second passkey: the analogue of enrolling another finger
        assertReason(() -> stepUp.require(BIOMETRICS, TWO_MINUTES, binding, f.store.findByUser(alice)), Reason.CREDENTIAL_SET_CHANGED);
        // biometryAny keeps opening.
        BiometryBinding any = BiometryBinding.any(alice, f.store.findByUser(alice));
        assertThat(stepUp.require(BIOMETRICS, TWO_MINUTES, any, f.store.findByUser(alice)).policy()).isEqualTo(BIOMETRICS);
    }

    @Test
    void biometry_current_set_stops_opening_when_a_passkey_is_removed() {
        f.register("alice");
        BiometryBinding binding = BiometryBinding.currentSet(alice, f.store.findByUser(alice));
        StepUp stepUp = stepUpAfterSignIn(); // signs in with the newest passkey
        f.store.remove(f.authenticator.credentials().getFirst().id);
        assertReason(() -> stepUp.require(BIOMETRICS, TWO_MINUTES, binding, f.store.findByUser(alice)), Reason.CREDENTIAL_SET_CHANGED);
    }

    @Test
    void a_binding_opens_only_for_its_user_and_a_passkey_still_theirs() {
        f.register("bob");
        Bytes bob = Fixture.user("bob").id();
        BiometryBinding alicesResource = BiometryBinding.any(alice, f.store.findByUser(alice));
        StepUp bobsStepUp = stepUpAfterSignIn(); // Bob signed in last
        assertReason(() -> bobsStepUp.require(BIOMETRICS, TWO_MINUTES, alicesResource, f.store.findByUser(alice)), Reason.USER_HANDLE_MISMATCH);

        BiometryBinding bobsResource = BiometryBinding.any(bob, f.store.findByUser(bob));
        f.store.remove(f.authenticator.last().id); // Bob revokes the passkey he stepped up with
        assertReason(() -> bobsStepUp.require(BIOMETRICS, TWO_MINUTES, bobsResource, f.store.findByUser(bob)), Reason.UNKNOWN_CREDENTIAL);
    }

    @Test
    void fingerprints_do_not_depend_on_order_and_refuse_other_users_credentials() {
        f.register("alice");
        var creds = f.store.findByUser(alice);
        assertThat(BiometryBinding.fingerprint(alice, creds)).isEqualTo(BiometryBinding.fingerprint(alice, creds.reversed()));
        assertThatThrownBy(() -> BiometryBinding.fingerprint(Fixture.user("bob").id(), creds)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policy_names_are_apples() {
        assertThat(LocalAuthenticationPolicy.of("deviceOwnerAuthenticationWithBiometrics")).contains(BIOMETRICS);
        assertThat(LocalAuthenticationPolicy.of("deviceOwnerAuthentication")).contains(DEVICE_OWNER);
        assertThat(LocalAuthenticationPolicy.of("biometrics")).isEmpty();
    }
}
