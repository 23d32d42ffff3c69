package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.AttestationVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registration and authentication end to end with {@code none} attestation and ES256, through the JSON forms. */
class CeremoniesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void registerThenSignInDiscoverable() {
        Fixture f = new Fixture();
        VerifiedRegistration reg = f.register("alice");
        assertThat(reg.fmt()).isEqualTo("none");
        assertThat(reg.algorithm()).isEqualTo(CoseAlgorithm.ES256);
        assertThat(reg.attestation()).isInstanceOf(AttestationVerdict.NoAttestation.class);
        assertThat(reg.credential().userHandle()).isEqualTo(Fixture.user("alice").id());
        assertThat(reg.credential().transports()).containsExactly("internal");
        assertThat(reg.credential().uvInitialized()).isTrue();
        assertThat(reg.credential().backupEligible()).isTrue();
        assertThat(reg.authenticatorAttachment()).contains(AuthenticatorAttachment.PLATFORM);

        VerifiedAuthentication a = f.signIn();
        assertThat(a.credentialId()).isEqualTo(reg.credential().id());
        assertThat(a.userHandle()).isEqualTo(Fixture.user("alice").id());
        assertThat(a.newSignCount()).isEqualTo(1);
        assertThat(a.previousSignCount()).isZero();
        assertThat(a.signCountRegressed()).isFalse();
        assertThat(a.userVerified()).isTrue();
        assertThat(a.backupStateTransition()).isEqualTo(BackupStateTransition.UNCHANGED);
        assertThat(a.verifiedAt()).isEqualTo(f.clock.instant());
        f.apply(a);
        assertThat(f.store.findById(a.credentialId()).orElseThrow().signCount()).isEqualTo(1);

        VerifiedAuthentication b = f.signIn();
        assertThat(b.previousSignCount()).isEqualTo(1);
        assertThat(b.newSignCount()).isEqualTo(2);
    }

    @Test
    void registerThenSignInAsNamedUser() {
        Fixture f = new Fixture();
        f.register("alice");
        Bytes alice = Fixture.user("alice").id();
        VerifiedAuthentication a = f.signIn(AuthenticationRequest.forUser(alice, f.store.findByUser(alice)));
        assertThat(a.userHandle()).isEqualTo(alice);
    }

    @Test
    void creationOptionsJsonIsTheL3Form() throws Exception {
        Fixture f = new Fixture();
        RegistrationStart start = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice"))
                .withExcludeCredentials(List.of(new PublicKeyCredentialDescriptor(Bytes.of(new byte[] {1, 2, 3}), List.of("usb")))));
        JsonNode o = json.readTree(start.options().toJson());
        assertThat(o.path("rp").path("id").asText()).isEqualTo("example.com");
        assertThat(o.path("rp").path("name").asText()).isEqualTo("Example");
        assertThat(o.path("user").path("id").asText()).isEqualTo(Fixture.user("alice").id().base64Url());
        assertThat(o.path("user").path("displayName").asText()).isEqualTo("alice");
        assertThat(Bytes.fromBase64Url(o.path("challenge").asText())).isEqualTo(start.pending().challenge());
        assertThat(start.pending().challenge().size()).isEqualTo(RelyingParty.CHALLENGE_LENGTH);
        assertThat(o.path("pubKeyCredParams").get(0).path("type").asText()).isEqualTo("public-key");
        assertThat(o.path("pubKeyCredParams").get(0).path("alg").asInt()).isEqualTo(-7);
        assertThat(o.path("timeout").asLong()).isEqualTo(PendingCeremony.LIFETIME.toMillis());
        assertThat(o.path("excludeCredentials").get(0).path("id").asText()).isEqualTo("AQID");
        assertThat(o.path("excludeCredentials").get(0).path("transports").get(0).asText()).isEqualTo("usb");
        assertThat(o.path("authenticatorSelection").path("residentKey").asText()).isEqualTo("required");
        assertThat(o.path("authenticatorSelection").path("userVerification").asText()).isEqualTo("required");
        assertThat(o.path("attestation").asText()).isEqualTo("none");
        assertThat(start.pending().expiresAt()).isEqualTo(f.clock.instant().plus(PendingCeremony.LIFETIME));
    }

    @Test
    void requestOptionsJsonIsTheL3Form() throws Exception {
        Fixture f = new Fixture();
        AuthenticationStart start = f.rp.startAuthentication(AuthenticationRequest.conditional());
        JsonNode o = json.readTree(start.options().toJson());
        assertThat(o.path("rpId").asText()).isEqualTo("example.com");
        assertThat(o.path("allowCredentials").isEmpty()).isTrue();
        assertThat(o.path("userVerification").asText()).isEqualTo("required");
        assertThat(o.has("mediation")).as("mediation is not an options member").isFalse();
        assertThat(start.options().mediation()).contains(CredentialMediationRequirement.CONDITIONAL);
        assertThat(start.pending().mediation()).contains(CredentialMediationRequirement.CONDITIONAL);
    }

    @Test
    void pendingCeremonyRoundTripsThroughItsEncoding() {
        Fixture f = new Fixture();
        RegistrationStart reg = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice"))
                .withExtensions(AuthenticationExtensionsClientInputs.NONE.withCredProps()
                        .withPrf(AuthenticationExtensionsClientInputs.PrfInputs.enable())));
        assertThat(PendingCeremony.decode(reg.pending().encode())).isEqualTo(reg.pending());
        AuthenticationStart auth = f.rp.startAuthentication(AuthenticationRequest.conditional());
        assertThat(PendingCeremony.decode(auth.pending().encode())).isEqualTo(auth.pending());
        // And a decoded ceremony finishes like the original.
        PendingCeremony decoded = PendingCeremony.decode(reg.pending().encode());
        assertThat(f.rp.finishRegistration(decoded, f.authenticator.register(reg.options().toJson())).fmt()).isEqualTo("none");
    }

    @Test
    void pendingCeremonyDecodeRefusesGarbage() {
        assertThatThrownBy(() -> PendingCeremony.decode(Bytes.of("{\"v\":2}".getBytes())))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CEREMONY_STATE));
        assertThatThrownBy(() -> PendingCeremony.decode(Bytes.of("not json".getBytes())))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CEREMONY_STATE));
    }

    @Test
    void pendingCeremonyDecodeIsBounded() {
        assertThatThrownBy(() -> PendingCeremony.decode(Bytes.of(new byte[PendingCeremony.MAX_ENCODED_LENGTH + 1])))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
        assertThatThrownBy(() -> CeremonyId.parse("not base64url!"))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CEREMONY_STATE));
        assertThatThrownBy(() -> CeremonyId.parse("AAAA"))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_CEREMONY_STATE));
    }

    @Test
    void ceremonyIdIsSixteenRandomBytes() {
        Fixture f = new Fixture();
        CeremonyId a = f.rp.startAuthentication(AuthenticationRequest.discoverable()).pending().id();
        CeremonyId b = f.rp.startAuthentication(AuthenticationRequest.discoverable()).pending().id();
        assertThat(a.value().size()).isEqualTo(CeremonyId.LENGTH);
        assertThat(a).isNotEqualTo(b);
        assertThat(CeremonyId.parse(a.toString())).isEqualTo(a);
    }
}
