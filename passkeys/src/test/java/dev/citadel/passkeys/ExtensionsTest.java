package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.CredProtectInput;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.LargeBlobSupport;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfInputs;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs.PrfValues;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** §7.1 step 20 / §7.2 step 21 for each extension: inputs checked at start, outputs checked against them at finish. */
class ExtensionsTest {

    private final Fixture f = new Fixture();
    private static final Bytes SALT = Bytes.of(new byte[32]);
    private static final Bytes SALT2 = Bytes.fromHex("01".repeat(32));

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static AuthenticationExtensionsClientInputs ext() {
        return AuthenticationExtensionsClientInputs.NONE;
    }

    @Test
    void registration_options_carry_the_extensions_as_the_pages_pass_them() throws Exception {
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")).withExtensions(ext().withCredProps()
                .withPrf(PrfInputs.enable()).withLargeBlob(LargeBlobInputs.forSupport(LargeBlobSupport.PREFERRED))
                .withCredProtect(new CredProtectInput(CredentialProtectionPolicy.USER_VERIFICATION_REQUIRED, true)).withMinPinLength()));
        JsonNode e = Json.MAPPER.readTree(s.options().toJson()).get("extensions");
        assertThat(e.get("credProps").asBoolean()).isTrue();
        assertThat(e.get("prf").isEmpty()).isTrue();
        assertThat(e.get("largeBlob").get("support").asText()).isEqualTo("preferred");
        assertThat(e.get("credentialProtectionPolicy").asText()).isEqualTo("userVerificationRequired");
        assertThat(e.get("enforceCredentialProtectionPolicy").asBoolean()).isTrue();
        assertThat(e.get("minPinLength").asBoolean()).isTrue();

        f.authenticator.authenticatorExtensions.put("minPinLength", 6L);
        VerifiedRegistration r = f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson()));
        assertThat(r.discoverable()).contains(true);
        assertThat(r.clientExtensionResults().prf().orElseThrow().enabled()).contains(true);
        assertThat(r.clientExtensionResults().largeBlob().orElseThrow().supported()).contains(true);
        assertThat(r.authenticatorExtensions().hmacSecret()).contains(true);
        assertThat(r.authenticatorExtensions().credProtect()).contains(CredentialProtectionPolicy.USER_VERIFICATION_REQUIRED);
        assertThat(r.authenticatorExtensions().minPinLength()).hasValue(6);
    }

    @Test
    void credProtect_enforced_fails_when_the_authenticator_reports_a_weaker_level() {
        f.authenticator.authenticatorExtensions.put("credProtect", 1L);
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice"))
                .withExtensions(ext().withCredProtect(new CredProtectInput(CredentialProtectionPolicy.USER_VERIFICATION_REQUIRED, true))));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.EXTENSION_INVALID);
    }

    @Test
    void unsolicited_authenticator_outputs_are_reported_not_refused() {
        f.authenticator.authenticatorExtensions.put("credProtect", 2L);
        VerifiedRegistration r = f.register("alice");
        assertThat(r.authenticatorExtensions().credProtect()).contains(CredentialProtectionPolicy.USER_VERIFICATION_OPTIONAL_WITH_CREDENTIAL_ID_LIST);
    }

    @Test
    void malformed_authenticator_outputs_are_refused() {
        f.authenticator.authenticatorExtensions.put("credProtect", "high");
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson())), Reason.EXTENSION_INVALID);
    }

    @Test
    void authenticator_outputs_of_the_wrong_type_or_range_are_refused() {
        for (Object[] bad : new Object[][] {{"credProtect", 4L}, {"minPinLength", "six"}, {"minPinLength", 300L}, {"hmac-secret", 1L}}) {
            Fixture g = new Fixture();
            g.authenticator.authenticatorExtensions.put((String) bad[0], bad[1]);
            RegistrationStart s = g.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
            assertReason(() -> g.rp.finishRegistration(s.pending(), g.authenticator.register(s.options().toJson())), Reason.EXTENSION_INVALID);
        }
    }

    @Test
    void prf_eval_results_come_back_and_the_relying_party_passes_inputs_unhashed() throws Exception {
        f.register(RegistrationRequest.of(Fixture.user("alice")).withExtensions(ext().withPrf(PrfInputs.enable())));
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable()
                .withExtensions(ext().withPrf(PrfInputs.eval(new PrfValues(SALT, Optional.of(SALT2))))));
        JsonNode eval = Json.MAPPER.readTree(s.options().toJson()).get("extensions").get("prf").get("eval");
        assertThat(eval.get("first").asText()).as("the client hashes, not the relying party").isEqualTo(SALT.base64Url());
        VerifiedAuthentication a = f.rp.finishAuthentication(s.pending(), f.authenticator.authenticate(s.options().toJson()), f.store);
        SoftwareAuthenticator.Credential c = f.authenticator.last();
        assertThat(a.prfResults().orElseThrow().first()).isEqualTo(SoftwareAuthenticator.prf(c, SALT.base64Url()));
        assertThat(a.prfResults().orElseThrow().second()).contains(SoftwareAuthenticator.prf(c, SALT2.base64Url()));
        assertThat(a.prfResults().orElseThrow().first()).isNotEqualTo(a.prfResults().orElseThrow().second().orElseThrow());
        assertThat(a.clientExtensionResults().prf().orElseThrow().toString()).doesNotContain(a.prfResults().orElseThrow().first().base64Url());
    }

    @Test
    void prf_evalByCredential_picks_the_credentials_inputs() {
        f.register("alice");
        Bytes id = f.authenticator.last().id;
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.forUser(Fixture.user("alice").id(), f.store.findByUser(Fixture.user("alice").id()))
                .withExtensions(ext().withPrf(new PrfInputs(Optional.of(PrfValues.of(SALT)), Map.of(id, PrfValues.of(SALT2))))));
        VerifiedAuthentication a = f.rp.finishAuthentication(s.pending(), f.authenticator.authenticate(s.options().toJson()), f.store);
        assertThat(a.prfResults().orElseThrow().first()).isEqualTo(SoftwareAuthenticator.prf(f.authenticator.last(), SALT2.base64Url()));
    }

    @Test
    void prf_chromium_sends_an_empty_prf_output_when_results_stay_in_the_page() {
        f.register("alice");
        f.authenticator.clientExtensionResultsJson = "{\"prf\":{}}";
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withPrf(PrfInputs.eval(PrfValues.of(SALT)))));
        assertThat(f.rp.finishAuthentication(s.pending(), f.authenticator.authenticate(s.options().toJson()), f.store).prfResults()).isEmpty();
    }

    @Test
    void prf_results_that_answer_no_input_are_refused() {
        f.register("alice");
        String result = "\"" + Bytes.of(new byte[32]).base64Url() + "\"";
        // Results though PRF was not requested.
        f.authenticator.clientExtensionResultsJson = "{\"prf\":{\"results\":{\"first\":" + result + "}}}";
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable());
        assertReason(() -> f.rp.finishAuthentication(s.pending(), f.authenticator.authenticate(s.options().toJson()), f.store), Reason.EXTENSION_INVALID);
        // A second result without a second input.
        f.authenticator.clientExtensionResultsJson = "{\"prf\":{\"results\":{\"first\":" + result + ",\"second\":" + result + "}}}";
        AuthenticationStart t = f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withPrf(PrfInputs.eval(PrfValues.of(SALT)))));
        assertReason(() -> f.rp.finishAuthentication(t.pending(), f.authenticator.authenticate(t.options().toJson()), f.store), Reason.EXTENSION_INVALID);
        // A result of the wrong length.
        f.authenticator.clientExtensionResultsJson = "{\"prf\":{\"results\":{\"first\":\"AAAA\"}}}";
        AuthenticationStart u = f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withPrf(PrfInputs.eval(PrfValues.of(SALT)))));
        assertReason(() -> f.rp.finishAuthentication(u.pending(), f.authenticator.authenticate(u.options().toJson()), f.store), Reason.EXTENSION_INVALID);
    }

    @Test
    void largeBlob_write_then_read() {
        f.register(RegistrationRequest.of(Fixture.user("alice")).withExtensions(ext().withLargeBlob(LargeBlobInputs.forSupport(LargeBlobSupport.REQUIRED))));
        Bytes alice = Fixture.user("alice").id();
        Bytes blob = Bytes.of("certificate".getBytes());
        AuthenticationStart w = f.rp.startAuthentication(AuthenticationRequest.forUser(alice, f.store.findByUser(alice))
                .withExtensions(ext().withLargeBlob(LargeBlobInputs.forWrite(blob))));
        VerifiedAuthentication written = f.rp.finishAuthentication(w.pending(), f.authenticator.authenticate(w.options().toJson()), f.store);
        assertThat(written.clientExtensionResults().largeBlob().orElseThrow().written()).contains(true);
        f.apply(written);
        AuthenticationStart r = f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withLargeBlob(LargeBlobInputs.forRead())));
        VerifiedAuthentication read = f.rp.finishAuthentication(r.pending(), f.authenticator.authenticate(r.options().toJson()), f.store);
        assertThat(read.clientExtensionResults().largeBlob().orElseThrow().blob()).contains(blob);
    }

    @Test
    void largeBlob_blob_without_a_read_is_refused() {
        f.register("alice");
        f.authenticator.clientExtensionResultsJson = "{\"largeBlob\":{\"blob\":\"AAAA\"}}";
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable());
        assertReason(() -> f.rp.finishAuthentication(s.pending(), f.authenticator.authenticate(s.options().toJson()), f.store), Reason.EXTENSION_INVALID);
    }

    @Test
    void appidExclude_output_answers_its_input() {
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice"))
                .withExtensions(ext().withAppidExclude("https://example.com/app-id.json")));
        VerifiedRegistration r = f.rp.finishRegistration(s.pending(), f.authenticator.register(s.options().toJson()));
        assertThat(r.clientExtensionResults().appidExclude()).contains(false);
        f.authenticator.clientExtensionResultsJson = "{\"appidExclude\":true}";
        RegistrationStart t = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("bob")));
        assertReason(() -> f.rp.finishRegistration(t.pending(), f.authenticator.register(t.options().toJson())), Reason.EXTENSION_INVALID);
    }

    @Test
    void inputs_that_contradict_the_specification_are_refused_at_start() {
        Bytes someId = Bytes.of(new byte[] {9});
        assertReason(() -> f.rp.startRegistration(RegistrationRequest.of(Fixture.user("a")).withExtensions(ext().withAppid("https://example.com/a"))),
                Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startRegistration(RegistrationRequest.of(Fixture.user("a")).withExtensions(ext().withLargeBlob(LargeBlobInputs.forRead()))),
                Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startRegistration(RegistrationRequest.of(Fixture.user("a"))
                .withExtensions(ext().withPrf(new PrfInputs(Optional.empty(), Map.of(someId, PrfValues.of(SALT)))))), Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withCredProps())), Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startAuthentication(AuthenticationRequest.discoverable()
                .withExtensions(ext().withPrf(new PrfInputs(Optional.empty(), Map.of(someId, PrfValues.of(SALT)))))), Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withLargeBlob(LargeBlobInputs.forWrite(SALT)))),
                Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startAuthentication(AuthenticationRequest.discoverable().withExtensions(ext().withAppid("http://insecure.example"))),
                Reason.INVALID_REQUEST);
        assertReason(() -> f.rp.startAuthentication(AuthenticationRequest.discoverable()
                .withAllowCredentials(List.of(new PublicKeyCredentialDescriptor(someId, List.of())))
                .withExtensions(ext().withPrf(new PrfInputs(Optional.empty(), Map.of(Bytes.of(new byte[] {8}), PrfValues.of(SALT)))))), Reason.INVALID_REQUEST);
    }
}
