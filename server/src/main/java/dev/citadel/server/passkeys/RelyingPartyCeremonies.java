package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AttestationConveyancePreference;
import dev.citadel.passkeys.AuthenticationExtensionsClientInputs;
import dev.citadel.passkeys.AuthenticationRequest;
import dev.citadel.passkeys.AuthenticationStart;
import dev.citadel.passkeys.CredentialStore;
import dev.citadel.passkeys.PendingCeremony;
import dev.citadel.passkeys.PublicKeyCredentialDescriptor;
import dev.citadel.passkeys.PublicKeyCredentialUserEntity;
import dev.citadel.passkeys.RegistrationRequest;
import dev.citadel.passkeys.RegistrationStart;
import dev.citadel.passkeys.RelyingParty;
import dev.citadel.passkeys.UserVerificationRequirement;
import dev.citadel.passkeys.VerifiedAuthentication;
import dev.citadel.passkeys.VerifiedRegistration;
import dev.citadel.passkeys.attestation.AttestationTrust;
import dev.citadel.passkeys.local.StepUpEvidence;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@link Ceremonies} on the passkeys library's {@link RelyingParty}: discoverable passkeys with user
 * verification required, {@code none} attestation conveyance (the library's default), the signature counter
 * reported (the server refuses a regression itself).
 */
public final class RelyingPartyCeremonies implements Ceremonies {

    /**
     * Extensions asked for at registration: credProps (is the credential discoverable), prf (does it support
     * the PRF extension), largeBlob (preferred). Clients that do not know one ignore it.
     */
    static final AuthenticationExtensionsClientInputs REGISTRATION_EXTENSIONS = AuthenticationExtensionsClientInputs.NONE.withCredProps()
            .withPrf(AuthenticationExtensionsClientInputs.PrfInputs.enable())
            .withLargeBlob(AuthenticationExtensionsClientInputs.LargeBlobInputs.forSupport(
                    AuthenticationExtensionsClientInputs.LargeBlobSupport.PREFERRED));

    private final RelyingParty rp;
    private final AuthenticationExtensionsClientInputs authenticationExtensions;

    public RelyingPartyCeremonies(RelyingParty rp) {
        this.rp = rp;
        this.authenticationExtensions = AuthenticationExtensionsClientInputs.NONE.withPrf(AuthenticationExtensionsClientInputs.PrfInputs
                .eval(AuthenticationExtensionsClientInputs.PrfValues.of(prfSalt(rp.rpId()))));
    }

    /**
     * The PRF input sent with every assertion: constant per relying party, so a credential's PRF output is a
     * stable per-site secret the page can use (the server never sees it: clients return PRF results to the
     * page only). Derived from the RP ID; it is not a secret.
     */
    static Bytes prfSalt(String rpId) {
        return Bytes.of(SHA256.hash("citadel passkeys prf salt v1".getBytes(StandardCharsets.US_ASCII), new byte[] {0},
                rpId.getBytes(StandardCharsets.UTF_8)).bytes());
    }

    /**
     * The relying party for {@code rpId} accepting {@code origins}; with {@code trust} (configured anchors or
     * metadata) it asks authenticators for direct attestation and evaluates it, else for none.
     */
    public static RelyingPartyCeremonies create(String rpId, String rpName, List<String> origins, Optional<AttestationTrust> trust,
            Clock clock) {
        RelyingParty.Builder builder = RelyingParty.builder().rpId(rpId).rpName(rpName).clock(clock).random(RandomSource.system());
        trust.ifPresent(t -> builder.attestationTrust(t).attestation(AttestationConveyancePreference.DIRECT));
        List<String> web = origins.stream().filter(o -> !o.startsWith("android:apk-key-hash:")).toList();
        builder.origins(new LinkedHashSet<>(web));
        origins.stream().filter(o -> o.startsWith("android:apk-key-hash:")).forEach(builder::androidOrigin);
        return new RelyingPartyCeremonies(builder.build());
    }

    @Override
    public Started startRegistration(PasskeyUser user, List<Descriptor> exclude) {
        RegistrationRequest request = RegistrationRequest.of(new PublicKeyCredentialUserEntity(Bytes.of(user.handle().bytes()),
                user.username(), user.displayName())).withExcludeCredentials(descriptors(exclude)).withExtensions(REGISTRATION_EXTENSIONS);
        RegistrationStart start = rp.startRegistration(request);
        return started(start.pending(), start.options().toJson());
    }

    @Override
    public Started startAuthentication(Optional<Bytes> user, Optional<List<Descriptor>> allow) {
        AuthenticationRequest request = new AuthenticationRequest(user, allow.map(RelyingPartyCeremonies::descriptors).orElse(List.of()),
                UserVerificationRequirement.REQUIRED, Optional.empty(), authenticationExtensions, List.of());
        AuthenticationStart start = rp.startAuthentication(request);
        return started(start.pending(), start.options().toJson());
    }

    @Override
    public Registered finishRegistration(Bytes pending, String responseJson) {
        VerifiedRegistration v = rp.finishRegistration(PendingCeremony.decode(pending), responseJson);
        return new Registered(v.credential(), v.aaguid(), v.fmt(), v.attestation().toString());
    }

    @Override
    public Authenticated finishAuthentication(Bytes pending, String responseJson, CredentialStore store) {
        VerifiedAuthentication v = rp.finishAuthentication(PendingCeremony.decode(pending), responseJson, store);
        return new Authenticated(v.credentialId(), v.userHandle(), v.previousSignCount(), v.credentialUse(), v.signCountRegressed(),
                StepUpEvidence.of(v));
    }

    private static List<PublicKeyCredentialDescriptor> descriptors(List<Descriptor> list) {
        return list.stream().map(d -> new PublicKeyCredentialDescriptor(d.id(), d.transports())).toList();
    }

    private static Started started(PendingCeremony pending, String optionsJson) {
        return new Started(pending.id().value().base64Url(), pending.encode(), pending.expiresAt(), optionsJson);
    }
}
