package dev.citadel.passkeys;

import dev.citadel.testing.TestCbor;
import static dev.citadel.passkeys.Json.edit;
import static dev.citadel.passkeys.Json.editBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.AttestationVerdict;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * WebAuthn L3 §7.1 "Registering a New Credential", one test per step: the ceremony passes with an honest
 * authenticator, and fails with the exact reason when the attacker changes what the step checks.
 */
class RegistrationStepsTest {

    private final Fixture f = new Fixture();

    private String respond(RegistrationStart start) {
        return f.authenticator.register(start.options().toJson());
    }

    private RegistrationStart start() {
        return f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
    }

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void pendingCeremony_expires_after_LIFETIME() {
        RegistrationStart s = start();
        String response = respond(s);
        f.clock.advance(PendingCeremony.LIFETIME);
        assertReason(() -> f.rp.finishRegistration(s.pending(), response), Reason.CEREMONY_EXPIRED);
    }

    @Test
    void pendingCeremony_of_the_other_kind_or_another_rp_is_refused() {
        AuthenticationStart auth = f.rp.startAuthentication(AuthenticationRequest.discoverable());
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(auth.pending(), response), Reason.CEREMONY_MISMATCH);
        RelyingParty other = RelyingParty.builder().rpId("other.example").origins(Set.of("https://other.example")).clock(f.clock).build();
        assertReason(() -> other.finishRegistration(s.pending(), response), Reason.CEREMONY_MISMATCH);
    }

    @Test
    void step3_credential_type_is_public_key() {
        RegistrationStart s = start();
        String response = edit(respond(s), n -> n.put("type", "password"));
        assertReason(() -> f.rp.finishRegistration(s.pending(), response), Reason.WRONG_CREDENTIAL_TYPE);
    }

    @Test
    void step3_response_json_is_strict() {
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(s.pending(), "{"), Reason.MALFORMED_RESPONSE);
        assertReason(() -> f.rp.finishRegistration(s.pending(), response + "{}"), Reason.MALFORMED_RESPONSE);
        // A duplicate member: which "id" would a lenient parser keep?
        assertReason(() -> f.rp.finishRegistration(s.pending(), response.replaceFirst("\\{", "{\"type\":\"public-key\",")), Reason.MALFORMED_RESPONSE);
        assertReason(() -> f.rp.finishRegistration(s.pending(), edit(response, n -> n.put("rawId", "AAAA"))), Reason.MALFORMED_RESPONSE);
        assertReason(() -> f.rp.finishRegistration(s.pending(), edit(response, n -> n.put("id", n.get("id").asText() + "=="))),
                Reason.MALFORMED_RESPONSE);
        assertReason(() -> f.rp.finishRegistration(s.pending(), "\"" + "A".repeat(RelyingParty.MAX_RESPONSE_LENGTH) + "\""), Reason.LIMIT_EXCEEDED);
    }

    @Test
    void step3_response_id_is_the_attested_credential_id() {
        RegistrationStart s = start();
        String response = edit(respond(s), n -> {
            n.put("id", "AAAAAAAA");
            n.put("rawId", "AAAAAAAA");
        });
        assertReason(() -> f.rp.finishRegistration(s.pending(), response), Reason.MALFORMED_RESPONSE);
    }

    @Test
    void step6_clientDataJSON_is_parsed_as_json_with_unknown_members_allowed() {
        f.authenticator.extraClientData.put("other_keys_can_be_added_here", "do not compare clientDataJSON to a template");
        RegistrationStart s = start();
        assertThat(f.rp.finishRegistration(s.pending(), respond(s)).fmt()).isEqualTo("none");
    }

    @Test
    void step6_clientDataJSON_that_is_not_json_or_has_duplicate_members_is_refused() {
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "clientDataJSON", b -> "[1]".getBytes())),
                Reason.MALFORMED_CLIENT_DATA);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "clientDataJSON", b -> new byte[] {(byte) 0xff, '{', '}'})),
                Reason.MALFORMED_CLIENT_DATA);
        // Two challenges: a lenient parser might check one and sign over the other.
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "clientDataJSON",
                b -> new String(b).replaceFirst("\\{", "{\"challenge\":\"x\",").getBytes())), Reason.MALFORMED_CLIENT_DATA);
    }

    @Test
    void step6_oversized_or_deeply_nested_json_is_refused() {
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "clientDataJSON",
                b -> new String(b).replace("}", ",\"pad\":\"" + "x".repeat(CollectedClientData.MAX_LENGTH) + "\"}").getBytes())),
                Reason.LIMIT_EXCEEDED);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "clientDataJSON",
                b -> new String(b).replace("}", ",\"deep\":" + "[".repeat(100) + "]".repeat(100) + "}").getBytes())),
                Reason.MALFORMED_CLIENT_DATA);
        assertReason(() -> f.rp.finishRegistration(s.pending(), response.replace("\"clientExtensionResults\":{}",
                "\"clientExtensionResults\":{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}")), Reason.MALFORMED_RESPONSE);
    }

    @Test
    void step7_type_is_webauthn_create() {
        f.authenticator.type = "webauthn.get";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.WRONG_CEREMONY_TYPE);
    }

    @Test
    void step8_challenge_is_this_ceremonys_challenge_so_a_response_cannot_be_replayed_into_another() {
        RegistrationStart first = start();
        String response = respond(first);
        RegistrationStart second = start();
        assertReason(() -> f.rp.finishRegistration(second.pending(), response), Reason.CHALLENGE_MISMATCH);
    }

    @Test
    void step9_origin_is_an_expected_origin() {
        f.authenticator.origin = "https://evil.example";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.ORIGIN_MISMATCH);
        f.authenticator.origin = "https://example.com:8443";
        RegistrationStart t = start();
        assertReason(() -> f.rp.finishRegistration(t.pending(), respond(t)), Reason.ORIGIN_MISMATCH);
    }

    @Test
    void step10_cross_origin_iframes_are_refused_unless_the_policy_allows_the_top_origin() {
        f.authenticator.crossOrigin = true;
        f.authenticator.topOrigin = "https://framer.example";
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(s.pending(), response), Reason.CROSS_ORIGIN_NOT_ALLOWED);

        Fixture allowing = new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN))
                .topOriginPolicy(TopOriginPolicy.allow(Set.of("https://partner.example"))));
        allowing.authenticator.crossOrigin = true;
        allowing.authenticator.topOrigin = "https://framer.example";
        RegistrationStart a = allowing.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> allowing.rp.finishRegistration(a.pending(), allowing.authenticator.register(a.options().toJson())),
                Reason.CROSS_ORIGIN_NOT_ALLOWED);
        allowing.authenticator.topOrigin = "https://partner.example";
        RegistrationStart b = allowing.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertThat(allowing.rp.finishRegistration(b.pending(), allowing.authenticator.register(b.options().toJson())).fmt()).isEqualTo("none");
    }

    @Test
    void step10_topOrigin_without_crossOrigin_is_refused() {
        f.authenticator.crossOrigin = false;
        f.authenticator.topOrigin = "https://framer.example";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.CROSS_ORIGIN_NOT_ALLOWED);
    }

    @Test
    void step12_attestation_object_is_strict_cbor_of_the_right_shape() {
        RegistrationStart s = start();
        String response = respond(s);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "attestationObject", b -> SoftwareAuthenticator.concat(b, new byte[] {0}))),
                Reason.TRAILING_BYTES);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "attestationObject", b -> java.util.Arrays.copyOf(b, b.length - 1))),
                Reason.MALFORMED_CBOR);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "attestationObject",
                b -> TestCbor.encode(java.util.Map.of("fmt", "none")))), Reason.MALFORMED_ATTESTATION_OBJECT);
        assertReason(() -> f.rp.finishRegistration(s.pending(), editBytes(response, "attestationObject",
                b -> new byte[RelyingParty.MAX_ATTESTATION_OBJECT_LENGTH + 1])), Reason.LIMIT_EXCEEDED);
    }

    @Test
    void step12_registration_authenticator_data_carries_attested_credential_data() {
        RegistrationStart s = start();
        String response = respond(s);
        // Replace authData by an assertion-shaped one (AT clear): no credential to register.
        String mutated = editBytes(response, "attestationObject", b -> {
            java.util.Map<String, Object> att = new java.util.LinkedHashMap<>();
            att.put("fmt", "none");
            att.put("attStmt", java.util.Map.of());
            byte[] authData = java.util.Arrays.copyOf(dev.citadel.cryptokit.SHA256.hash("example.com".getBytes()).bytes(), 37);
            authData[32] = 0x05;
            att.put("authData", authData);
            return TestCbor.encode(att);
        });
        assertReason(() -> f.rp.finishRegistration(s.pending(), mutated), Reason.MALFORMED_AUTHENTICATOR_DATA);
    }

    @Test
    void step13_rpIdHash_is_sha256_of_the_rp_id() {
        f.authenticator.rpIdForHash = "evil.example";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.RP_ID_MISMATCH);
    }

    @Test
    void step14_user_present() {
        f.authenticator.userPresent = false;
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.USER_NOT_PRESENT);
    }

    @Test
    void step15_user_verified_when_required() {
        f.authenticator.userVerified = false;
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.USER_NOT_VERIFIED);
        // Not required: accepted, and the record says UV was never performed.
        RegistrationStart p = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("bob")).withAuthenticatorSelection(
                new AuthenticatorSelectionCriteria(java.util.Optional.empty(), ResidentKeyRequirement.PREFERRED, UserVerificationRequirement.PREFERRED)));
        assertThat(f.rp.finishRegistration(p.pending(), respond(p)).credential().uvInitialized()).isFalse();
    }

    @Test
    void step16_backup_state_requires_backup_eligibility() {
        f.authenticator.backupEligible = false;
        f.authenticator.backedUp = true;
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.INCONSISTENT_BACKUP_FLAGS);
    }

    @Test
    void step17_18_backup_flags_are_reported() {
        f.authenticator.backupEligible = true;
        f.authenticator.backedUp = false;
        RegistrationStart s = start();
        VerifiedRegistration r = f.rp.finishRegistration(s.pending(), respond(s));
        assertThat(r.flags().backupEligible()).isTrue();
        assertThat(r.credential().backupEligible()).isTrue();
        assertThat(r.credential().backupState()).isFalse();
    }

    @Test
    void step19_algorithm_is_one_the_options_allowed() {
        Fixture es256Only = new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN)).algorithms(List.of(CoseAlgorithm.ES256)));
        es256Only.authenticator.algorithm = CoseAlgorithm.EDDSA;
        RegistrationStart s = es256Only.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> es256Only.rp.finishRegistration(s.pending(), es256Only.authenticator.register(s.options().toJson())),
                Reason.ALGORITHM_NOT_ALLOWED);
    }

    @Test
    void step19_eddsa_and_mldsa_credentials_register_and_sign_in() {
        for (CoseAlgorithm alg : List.of(CoseAlgorithm.EDDSA, CoseAlgorithm.ML_DSA_65)) {
            Fixture g = new Fixture();
            g.authenticator.algorithm = alg;
            assertThat(g.register("alice").algorithm()).isEqualTo(alg);
            assertThat(g.signIn().userVerified()).isTrue();
        }
    }

    @Test
    void step20_unrequested_extension_outputs_are_refused() {
        f.authenticator.clientExtensionResultsJson = "{\"credProps\":{\"rk\":true}}";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.EXTENSION_INVALID);
    }

    @Test
    void step20_unknown_client_extension_outputs_are_ignored() {
        f.authenticator.clientExtensionResultsJson = "{\"someFutureExtension\":{\"x\":1}}";
        RegistrationStart s = start();
        assertThat(f.rp.finishRegistration(s.pending(), respond(s)).clientExtensionResults()).isEqualTo(AuthenticationExtensionsClientOutputs.NONE);
    }

    @Test
    void step21_unknown_format_is_unsupported() {
        f.authenticator.fmt = "made-up";
        RegistrationStart s = start();
        assertReason(() -> f.rp.finishRegistration(s.pending(), respond(s)), Reason.UNSUPPORTED_ATTESTATION_FORMAT);
    }

    @Test
    void step22_statement_must_verify_under_its_format() {
        f.authenticator.fmt = "packed";
        RegistrationStart s = start();
        VerifiedRegistration r = f.rp.finishRegistration(s.pending(), respond(s));
        assertThat(r.attestation()).isInstanceOf(AttestationVerdict.SelfAttested.class);
        // A self-attestation signature over other data does not verify.
        f.authenticator.signatureTamper = sig -> sig;
        RegistrationStart t = start();
        String response = respond(t);
        String otherClientData = editBytes(response, "clientDataJSON", b -> new String(b).replace("}", ",\"x\":1}").getBytes());
        assertThat(Json.reasonOf(() -> f.rp.finishRegistration(t.pending(), otherClientData)))
                .isIn(Reason.SIGNATURE_INVALID, Reason.ATTESTATION_INVALID);
    }

    @Test
    void step26_a_credential_id_is_registered_once() {
        RegistrationStart s = start();
        VerifiedRegistration r = f.rp.finishRegistration(s.pending(), respond(s));
        f.store.create(r.credential());
        assertReason(() -> f.store.create(r.credential()), Reason.CREDENTIAL_ALREADY_REGISTERED);
    }

    @Test
    void step28_untrusted_attestation_fails_when_the_relying_party_requires_trust() {
        Fixture strict = new Fixture(RelyingParty.builder().rpId(Fixture.RP_ID).origins(Set.of(Fixture.ORIGIN))
                .attestation(AttestationConveyancePreference.DIRECT).requireTrustedAttestation(true));
        RegistrationStart s = strict.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        assertReason(() -> strict.rp.finishRegistration(s.pending(), strict.authenticator.register(s.options().toJson())),
                Reason.ATTESTATION_NOT_TRUSTED);
    }

    @Test
    void challenges_are_fresh_random_and_long_enough() {
        RegistrationStart a = start();
        RegistrationStart b = start();
        assertThat(a.pending().challenge().size()).isEqualTo(RelyingParty.CHALLENGE_LENGTH).isGreaterThanOrEqualTo(16);
        assertThat(a.pending().challenge()).isNotEqualTo(b.pending().challenge());
        assertThat(a.pending().expiresAt()).isEqualTo(f.clock.instant().plus(Duration.ofMinutes(5)));
    }
}
