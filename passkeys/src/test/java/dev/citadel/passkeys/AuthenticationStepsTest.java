package dev.citadel.passkeys;

import static dev.citadel.passkeys.Json.editBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * WebAuthn L3 §7.2 "Verifying an Authentication Assertion", one test per step: passes with an honest authenticator,
 * fails with the exact reason when the attacker changes what the step checks.
 */
class AuthenticationStepsTest {

    private final Fixture f = new Fixture();
    private final Bytes alice = Fixture.user("alice").id();

    AuthenticationStepsTest() {
        f.register("alice");
    }

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private AuthenticationStart discoverable() {
        return f.rp.startAuthentication(AuthenticationRequest.discoverable());
    }

    private VerifiedAuthentication finish(AuthenticationStart s, String response) {
        return f.rp.finishAuthentication(s.pending(), response, f.store);
    }

    private String respond(AuthenticationStart s) {
        return f.authenticator.authenticate(s.options().toJson());
    }

    @Test
    void pendingCeremony_expires_after_LIFETIME() {
        AuthenticationStart s = discoverable();
        String response = respond(s);
        f.clock.advance(PendingCeremony.LIFETIME.minusSeconds(1));
        AuthenticationStart fresh = discoverable();
        assertThat(finish(fresh, respond(fresh)).userHandle()).isEqualTo(alice);
        f.clock.advance(java.time.Duration.ofSeconds(1));
        assertReason(() -> finish(s, response), Reason.CEREMONY_EXPIRED);
    }

    @Test
    void pendingCeremony_of_registration_is_refused() {
        RegistrationStart reg = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("bob")));
        AuthenticationStart s = discoverable();
        String response = respond(s);
        assertReason(() -> f.rp.finishAuthentication(reg.pending(), response, f.store), Reason.CEREMONY_MISMATCH);
    }

    @Test
    void step5_credential_is_in_allowCredentials() {
        f.register("bob");
        SoftwareAuthenticator.Credential bobs = f.authenticator.last();
        SoftwareAuthenticator.Credential alices = f.authenticator.credentials().getFirst();
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable()
                .withAllowCredentials(List.of(new PublicKeyCredentialDescriptor(alices.id, List.of()))));
        assertReason(() -> finish(s, f.authenticator.authenticateWith(s.options().toJson(), bobs)), Reason.CREDENTIAL_NOT_ALLOWED);
    }

    @Test
    void step6_when_a_user_was_named_the_credential_must_be_that_users() {
        // Mallory signs a valid assertion with her own credential while the server is authenticating Alice
        // (allowCredentials empty, e.g. a "username first, then any passkey" page).
        f.register("mallory");
        SoftwareAuthenticator.Credential mallorys = f.authenticator.last();
        AuthenticationRequest forAlice = new AuthenticationRequest(Optional.of(alice), List.of(), UserVerificationRequirement.REQUIRED,
                Optional.empty(), AuthenticationExtensionsClientInputs.NONE, List.of());
        AuthenticationStart s = f.rp.startAuthentication(forAlice);
        f.authenticator.sendUserHandle = false;
        assertReason(() -> finish(s, f.authenticator.authenticateWith(s.options().toJson(), mallorys)), Reason.CREDENTIAL_NOT_ALLOWED);
        // Her userHandle claiming to be Alice changes nothing: the record's owner decides.
        f.authenticator.sendUserHandle = true;
        f.authenticator.userHandleOverride = alice;
        AuthenticationStart t = f.rp.startAuthentication(forAlice);
        assertReason(() -> finish(t, f.authenticator.authenticateWith(t.options().toJson(), mallorys)), Reason.CREDENTIAL_NOT_ALLOWED);
    }

    @Test
    void step6_when_a_user_was_named_a_userHandle_sent_must_be_theirs() {
        f.authenticator.userHandleOverride = Fixture.user("mallory").id();
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.forUser(alice, f.store.findByUser(alice)));
        assertReason(() -> finish(s, respond(s)), Reason.USER_HANDLE_MISMATCH);
    }

    @Test
    void step6_a_discoverable_assertion_carries_the_userHandle() {
        f.authenticator.sendUserHandle = false;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.USER_HANDLE_MISSING);
    }

    @Test
    void step6_a_discoverable_assertions_userHandle_is_the_credentials_owner() {
        f.authenticator.userHandleOverride = Fixture.user("bob").id();
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.USER_HANDLE_MISMATCH);
    }

    @Test
    void step7_unknown_credential() {
        AuthenticationStart s = discoverable();
        String response = respond(s);
        f.store.remove(f.authenticator.last().id);
        assertReason(() -> finish(s, response), Reason.UNKNOWN_CREDENTIAL);
    }

    @Test
    void step11_type_is_webauthn_get() {
        f.authenticator.type = "webauthn.create";
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.WRONG_CEREMONY_TYPE);
    }

    @Test
    void step12_challenge_is_this_ceremonys_so_an_assertion_cannot_be_replayed() {
        AuthenticationStart first = discoverable();
        String response = respond(first);
        finish(first, response);
        AuthenticationStart second = discoverable();
        assertReason(() -> finish(second, response), Reason.CHALLENGE_MISMATCH);
    }

    @Test
    void step13_origin_is_an_expected_origin() {
        f.authenticator.origin = "https://examp1e.com";
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.ORIGIN_MISMATCH);
    }

    @Test
    void step14_cross_origin_is_refused_by_default() {
        f.authenticator.crossOrigin = true;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.CROSS_ORIGIN_NOT_ALLOWED);
    }

    @Test
    void step15_rpIdHash_is_sha256_of_the_rp_id() {
        f.authenticator.rpIdForHash = "evil.example";
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.RP_ID_MISMATCH);
    }

    @Test
    void step15_appid_moves_the_hash_only_when_requested_and_reported() {
        String appid = "https://example.com/u2f/app-id.json";
        f.authenticator.rpIdForHash = appid;
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable()
                .withExtensions(AuthenticationExtensionsClientInputs.NONE.withAppid(appid)));
        VerifiedAuthentication a = finish(s, respond(s));
        assertThat(a.appidUsed()).isTrue();
        assertThat(a.clientExtensionResults().appid()).contains(true);
        // Unsolicited: an attacker's "appid: true" must not switch the hash the relying party checks.
        f.authenticator.clientExtensionResultsJson = "{\"appid\":true}";
        AuthenticationStart t = discoverable();
        assertReason(() -> finish(t, respond(t)), Reason.EXTENSION_INVALID);
    }

    @Test
    void step16_user_present() {
        f.authenticator.userPresent = false;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.USER_NOT_PRESENT);
    }

    @Test
    void step17_user_verified_when_required() {
        f.authenticator.userVerified = false;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.USER_NOT_VERIFIED);
        AuthenticationStart p = f.rp.startAuthentication(AuthenticationRequest.discoverable().withUserVerification(UserVerificationRequirement.PREFERRED));
        assertThat(finish(p, respond(p)).userVerified()).isFalse();
    }

    @Test
    void step18_backup_state_requires_backup_eligibility() {
        f.authenticator.backupEligible = false;
        f.authenticator.backedUp = true;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.INCONSISTENT_BACKUP_FLAGS);
    }

    @Test
    void step19_backup_eligibility_never_changes() {
        f.authenticator.backupEligible = false;
        f.authenticator.backedUp = false;
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.BACKUP_ELIGIBILITY_CHANGED);
    }

    @Test
    void step20_backup_state_transitions_are_reported() {
        f.authenticator.backedUp = false;
        VerifiedAuthentication off = f.signIn();
        assertThat(off.backupStateTransition()).isEqualTo(BackupStateTransition.NO_LONGER_BACKED_UP);
        assertThat(off.credentialUse().backupState()).isFalse();
        f.apply(off);
        f.authenticator.backedUp = true;
        VerifiedAuthentication on = f.signIn();
        assertThat(on.backupStateTransition()).isEqualTo(BackupStateTransition.BACKED_UP);
        f.apply(on);
        assertThat(f.signIn().backupStateTransition()).isEqualTo(BackupStateTransition.UNCHANGED);
    }

    @Test
    void step23_signature_verifies_over_authData_and_the_clientData_hash() {
        f.authenticator.signatureTamper = sig -> {
            byte[] b = sig.clone();
            b[b.length - 3] ^= 1;
            return b;
        };
        AuthenticationStart s = discoverable();
        assertReason(() -> finish(s, respond(s)), Reason.SIGNATURE_INVALID);
    }

    @Test
    void step23_tampered_authenticator_data_or_client_data_does_not_verify() {
        AuthenticationStart s = discoverable();
        String response = respond(s);
        // Raise the counter the authenticator signed: the signature no longer covers the bytes.
        assertReason(() -> finish(s, editBytes(response, "authenticatorData", b -> {
            b[36] ^= 0x40;
            return b;
        })), Reason.SIGNATURE_INVALID);
        assertReason(() -> finish(s, editBytes(response, "clientDataJSON", b -> new String(b).replace("}", ",\"extra\":1}").getBytes())),
                Reason.SIGNATURE_INVALID);
        assertReason(() -> finish(s, editBytes(response, "signature", b -> new byte[RelyingParty.MAX_SIGNATURE_LENGTH + 1])), Reason.LIMIT_EXCEEDED);
    }

    @Test
    void step24_counter_regression_is_reported_and_the_policy_is_the_callers() {
        VerifiedAuthentication first = f.signIn();
        f.apply(first);
        f.authenticator.last().signCount = 0; // a cloned authenticator replays from an older counter
        VerifiedAuthentication clone = f.signIn();
        assertThat(clone.signCountRegressed()).isTrue();
        assertThat(clone.newSignCount()).isEqualTo(1);

        Fixture rejecting = new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN))
                .signCounterPolicy(SignCounterPolicy.REJECT));
        rejecting.register("alice");
        rejecting.apply(rejecting.signIn());
        rejecting.authenticator.last().signCount = 0;
        assertReason(rejecting::signIn, Reason.SIGN_COUNTER_REGRESSION);
    }

    @Test
    void step24_authenticators_without_a_counter_never_regress() {
        f.authenticator.signCountStep = 0;
        VerifiedAuthentication a = f.signIn();
        f.apply(a);
        assertThat(f.signIn().signCountRegressed()).isFalse();
    }

    @Test
    void step26_updates_are_results_applied_with_compare_and_set() {
        VerifiedAuthentication a = f.signIn();
        VerifiedAuthentication b = f.signIn();
        assertThat(f.store.findById(a.credentialId()).orElseThrow().signCount()).as("nothing written by verification").isZero();
        assertThat(f.store.recordUse(a.credentialId(), a.previousSignCount(), a.credentialUse())).isTrue();
        // b was verified against the same stored counter: its compare-and-set loses.
        assertThat(f.store.recordUse(b.credentialId(), b.previousSignCount(), b.credentialUse())).isFalse();
    }

    @Test
    void step26_uvInitialized_becomes_true_with_the_first_verified_assertion() {
        Fixture g = new Fixture();
        g.authenticator.userVerified = false;
        g.register(RegistrationRequest.of(Fixture.user("carol")).withAuthenticatorSelection(new AuthenticatorSelectionCriteria(Optional.empty(),
                ResidentKeyRequirement.REQUIRED, UserVerificationRequirement.DISCOURAGED)));
        VerifiedAuthentication noUv = g.signIn(AuthenticationRequest.discoverable().withUserVerification(UserVerificationRequirement.DISCOURAGED));
        assertThat(noUv.uvInitialized()).isFalse();
        g.apply(noUv);
        g.authenticator.userVerified = true;
        VerifiedAuthentication uv = g.signIn();
        assertThat(uv.uvInitialized()).isTrue();
        g.apply(uv);
        g.authenticator.userVerified = false;
        VerifiedAuthentication later = g.signIn(AuthenticationRequest.discoverable().withUserVerification(UserVerificationRequirement.DISCOURAGED));
        assertThat(later.uvInitialized()).as("once true, stays true").isTrue();
    }

    @Test
    void conditional_mediation_is_a_discoverable_ceremony() {
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.conditional());
        VerifiedAuthentication a = finish(s, respond(s));
        assertThat(a.userHandle()).isEqualTo(alice);
        assertThat(a.authenticatorAttachment()).contains(AuthenticatorAttachment.PLATFORM);
    }

    @Test
    void unknown_credential_in_a_usernameless_ceremony_names_the_credential_for_signalUnknownCredential() {
        AuthenticationStart s = discoverable();
        String response = respond(s);
        f.store.remove(f.authenticator.last().id);
        assertThatThrownBy(() -> finish(s, response)).hasMessageContaining(f.authenticator.last().id.base64Url());
    }
}
