package dev.citadel.passkeys;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.JsonForms.AuthenticationResponse;
import dev.citadel.passkeys.JsonForms.RegistrationResponse;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.AttestationFormats;
import dev.citadel.passkeys.attestation.AttestationInput;
import dev.citadel.passkeys.attestation.AttestationTrust;
import dev.citadel.passkeys.attestation.AttestationVerdict;
import dev.citadel.passkeys.attestation.AttestationType;
import dev.citadel.passkeys.attestation.VerifiedStatement;
import dev.citadel.passkeys.internal.Cbor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A WebAuthn Level 3 relying party: starts and finishes registration (§7.1) and authentication (§7.2) ceremonies.
 * Immutable and thread-safe; build one per RP ID and share it.
 *
 * <pre>{@code
 * RelyingParty rp = RelyingParty.builder().rpId("example.com").rpName("Example").origins(Set.of("https://example.com")).build();
 * RegistrationStart start = rp.startRegistration(RegistrationRequest.of(user));   // start.options().toJson() to the page
 * VerifiedRegistration reg = rp.finishRegistration(start.pending(), responseJson); // store reg.credential()
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>A finish succeeds only for a response to <em>this</em> pending ceremony (its challenge, its kind, this RP ID)
 *       before the ceremony expires ({@link PendingCeremony#LIFETIME}); a store that hands each pending ceremony out
 *       once makes every response single use.</li>
 *   <li>Every verification step of §7.1 and §7.2 runs, in the specification's order, each named in the code.</li>
 *   <li>When the authentication names a user, the credential must belong to that user; in a discoverable ceremony the
 *       response's user handle must be the credential's.</li>
 *   <li>Nothing is written: results carry the updates, the caller stores them ({@link CredentialStore}).</li>
 * </ul>
 */
public final class RelyingParty {

    /** Length of the challenges this relying party issues, in bytes (§13.4.3 asks for at least 16). */
    public static final int CHALLENGE_LENGTH = 32;
    /** Longest response JSON accepted, in characters. */
    public static final int MAX_RESPONSE_LENGTH = 256 * 1024;
    /** Largest attestation object accepted, in bytes. */
    public static final int MAX_ATTESTATION_OBJECT_LENGTH = 128 * 1024;
    /** Largest assertion signature accepted, in bytes (an ML-DSA-87 signature is 4,627). */
    public static final int MAX_SIGNATURE_LENGTH = 8 * 1024;
    /**
     * Most parsed credential public keys kept between assertions (public data: the parse and point validation of a
     * stored key are paid once, not per sign-in). The cache is emptied when it is full.
     */
    public static final int MAX_CACHED_KEYS = 10_000;

    private final PublicKeyCredentialRpEntity rp;
    private final Origins origins;
    private final TopOriginPolicy topOriginPolicy;
    private final List<CoseAlgorithm> algorithms;
    private final AttestationConveyancePreference attestation;
    private final AttestationTrust attestationTrust;
    private final boolean requireTrustedAttestation;
    private final SignCounterPolicy signCounterPolicy;
    private final Clock clock;
    private final RandomSource random;
    private final Bytes rpIdHash;
    private final Map<Bytes, CoseKey> keys = new ConcurrentHashMap<>();

    private RelyingParty(Builder b) {
        this.rp = new PublicKeyCredentialRpEntity(b.rpId, b.rpName == null ? b.rpId : b.rpName);
        this.clock = b.clock;
        this.random = b.random;
        Optional<RelatedOrigins> related = b.relatedOriginsFetcher == null ? Optional.empty()
                : Optional.of(new RelatedOrigins(b.relatedOriginsDocument != null ? b.relatedOriginsDocument : RelatedOrigins.documentUrl(b.rpId),
                        b.relatedOriginsFetcher, b.clock));
        if (b.origins.isEmpty() && related.isEmpty()) {
            throw new IllegalStateException("a relying party accepts at least one origin");
        }
        this.origins = new Origins(b.origins, related);
        this.topOriginPolicy = b.topOriginPolicy;
        if (b.algorithms.isEmpty()) {
            throw new IllegalStateException("a relying party allows at least one algorithm");
        }
        this.algorithms = List.copyOf(b.algorithms);
        this.attestation = b.attestation;
        this.attestationTrust = b.attestationTrust;
        this.requireTrustedAttestation = b.requireTrustedAttestation;
        this.signCounterPolicy = b.signCounterPolicy;
        this.rpIdHash = Bytes.of(SHA256.hash(b.rpId.getBytes(StandardCharsets.UTF_8)).bytes());
    }

    /** A builder; {@code rpId} and at least one origin are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The RP ID. */
    public String rpId() {
        return rp.id();
    }

    /** The relying party entity sent in creation options. */
    public PublicKeyCredentialRpEntity rp() {
        return rp;
    }

    /** The algorithms offered in creation options, in preference order. */
    public List<CoseAlgorithm> algorithms() {
        return algorithms;
    }

    // ======================================================================= registration (§5.1.3, §7.1)

    /** Starts a registration: fresh challenge and ceremony id, options for the page, state for the server. */
    public RegistrationStart startRegistration(RegistrationRequest request) {
        Extensions.checkRegistrationInputs(request.extensions());
        Bytes challenge = Bytes.of(random.bytes(CHALLENGE_LENGTH));
        CeremonyId id = new CeremonyId(Bytes.of(random.bytes(CeremonyId.LENGTH)));
        Instant expiresAt = clock.instant().plus(PendingCeremony.LIFETIME);
        PublicKeyCredentialCreationOptions options = new PublicKeyCredentialCreationOptions(rp, request.user(), challenge, algorithms,
                PendingCeremony.LIFETIME, request.excludeCredentials(), request.authenticatorSelection(), request.hints(), attestation,
                request.extensions());
        PendingCeremony pending = new PendingCeremony(id, PendingCeremony.Kind.REGISTRATION, rp.id(), challenge, expiresAt,
                request.authenticatorSelection().userVerification(), Optional.of(request.user()), Optional.of(request.user().id()), List.of(),
                algorithms, request.extensions(), Optional.empty(), attestation);
        return new RegistrationStart(options, pending);
    }

    /**
     * Finishes a registration (§7.1) with the page's RegistrationResponseJSON ({@code credential.toJSON()}).
     * Throws {@link PasskeyException} at the first step that fails. The caller then stores
     * {@link VerifiedRegistration#credential()} with {@link CredentialStore#create}, which performs step 26.
     */
    public VerifiedRegistration finishRegistration(PendingCeremony pending, String registrationResponseJson) {
        Instant now = clock.instant();
        checkPending(pending, PendingCeremony.Kind.REGISTRATION, now);
        // Steps 1–4: the options are the pending ceremony's; the credential is a PublicKeyCredential whose response is an
        // AuthenticatorAttestationResponse; clientExtensionResults are read with it.
        RegistrationResponse response = JsonForms.registrationResponse(registrationResponseJson);
        // Steps 5–6: clientDataJSON decoded as UTF-8 and parsed as JSON.
        CollectedClientData c = CollectedClientData.parse(response.clientDataJson());
        // Step 7: C.type is webauthn.create.
        step7TypeIsCreate(c);
        // Step 8: C.challenge is the options' challenge.
        verifyChallenge(c, pending);
        // Step 9: C.origin is an expected origin.
        origins.check(c.origin());
        // Step 10: C.topOrigin / crossOrigin as the relying party expects.
        topOriginPolicy.check(c);
        // Step 11: hash = SHA-256(clientDataJSON).
        Bytes clientDataHash = sha256(response.clientDataJson());
        // Step 12: CBOR-decode the attestation object into fmt, authData and attStmt.
        AttestationObject attObj = AttestationObject.parse(response.attestationObject());
        AuthenticatorData authData = attObj.authData();
        AttestedCredentialData attested = authData.attestedCredentialData().orElseThrow(() -> PasskeyException.of(
                Reason.MALFORMED_AUTHENTICATOR_DATA, "registration authenticator data without attested credential data (AT clear)"));
        if (!attested.credentialId().equals(response.id())) {
            throw PasskeyException.of(Reason.MALFORMED_RESPONSE, "the response id is not the attested credential id");
        }
        // Step 13: rpIdHash is SHA-256 of the RP ID.
        if (!authData.rpIdHash().equals(rpIdHash)) {
            throw PasskeyException.of(Reason.RP_ID_MISMATCH, "rpIdHash is not SHA-256(\"" + rp.id() + "\")");
        }
        // Step 14: UP is set (conditional create is not offered, so always).
        verifyUserPresent(authData);
        // Step 15: UV is set if user verification was required.
        verifyUserVerified(authData, pending);
        // Step 16: BS is clear when BE is clear.
        verifyBackupFlags(authData);
        // Steps 17–18: BE and BS are reported in the result for the caller's policy.
        // Step 19: the credential's algorithm is one the options allowed.
        CoseAlgorithm alg = attested.credentialPublicKey().algorithm();
        if (!pending.algorithms().contains(alg)) {
            throw PasskeyException.of(Reason.ALGORITHM_NOT_ALLOWED, alg + " is not in pubKeyCredParams " + pending.algorithms());
        }
        // Step 20: extension outputs are as expected given the inputs.
        AuthenticationExtensionsClientOutputs clientOutputs = Extensions.clientOutputs(response.clientExtensionResults(), pending.extensions(),
                PendingCeremony.Kind.REGISTRATION, attested.credentialId());
        AuthenticatorExtensionOutputs authenticatorOutputs = Extensions.authenticatorOutputs(authData.extensions(), pending.extensions(),
                PendingCeremony.Kind.REGISTRATION);
        // Step 21: the format, by case-sensitive match of fmt.
        var format = AttestationFormats.forIdentifier(attObj.fmt(), clock);
        // Step 22: the statement is valid under its format.
        VerifiedStatement statement = format.verify(new AttestationInput(attObj.fmt(), attObj.attStmt(), authData, clientDataHash));
        // Steps 23–24: trust anchors and the trustworthiness of the statement.
        AttestationVerdict verdict = attestationTrust.evaluate(statement, attested.aaguid(), now);
        // Step 25: credentialId is at most 1023 bytes (enforced by AuthenticatorData.parse).
        // Step 26: credentialId is not yet registered: CredentialStore.create refuses a taken id (the caller's store).
        // Step 28: an untrusted attestation fails when the relying party requires trust.
        if (requireTrustedAttestation && !(verdict instanceof AttestationVerdict.Trusted)) {
            throw PasskeyException.of(Reason.ATTESTATION_NOT_TRUSTED, "attestation verdict " + verdict.getClass().getSimpleName());
        }
        // Step 27: the credential record to store.
        CredentialRecord record = new CredentialRecord(attested.credentialId(), pending.user().orElseThrow().id(),
                attested.credentialPublicKeyBytes(), authData.signCount(), response.transports(), authData.flags().userVerified(),
                authData.flags().backupEligible(), authData.flags().backedUp(), Optional.of(response.attestationObject()),
                Optional.of(response.clientDataJson()));
        return new VerifiedRegistration(record, verdict, attObj.fmt(), attested.aaguid(), alg, authData.flags(), clientOutputs,
                authenticatorOutputs, response.authenticatorAttachment(), now);
    }

    // ======================================================================= authentication (§5.1.4, §7.2)

    /** Starts an authentication: fresh challenge and ceremony id, options for the page, state for the server. */
    public AuthenticationStart startAuthentication(AuthenticationRequest request) {
        Extensions.checkAuthenticationInputs(request.extensions(), request.allowCredentials());
        Bytes challenge = Bytes.of(random.bytes(CHALLENGE_LENGTH));
        CeremonyId id = new CeremonyId(Bytes.of(random.bytes(CeremonyId.LENGTH)));
        Instant expiresAt = clock.instant().plus(PendingCeremony.LIFETIME);
        PublicKeyCredentialRequestOptions options = new PublicKeyCredentialRequestOptions(challenge, PendingCeremony.LIFETIME, rp.id(),
                request.allowCredentials(), request.userVerification(), request.hints(), request.extensions(), request.mediation());
        PendingCeremony pending = new PendingCeremony(id, PendingCeremony.Kind.AUTHENTICATION, rp.id(), challenge, expiresAt,
                request.userVerification(), Optional.empty(), request.userHandle(),
                request.allowCredentials().stream().map(PublicKeyCredentialDescriptor::id).toList(), List.of(), request.extensions(),
                request.mediation(), AttestationConveyancePreference.NONE);
        return new AuthenticationStart(options, pending);
    }

    /**
     * Finishes an authentication (§7.2) with the page's AuthenticationResponseJSON, looking the credential up in
     * {@code credentials}. Throws {@link PasskeyException} at the first step that fails. Nothing is written: apply
     * {@link VerifiedAuthentication#credentialUse()} with {@link CredentialStore#recordUse}.
     */
    public VerifiedAuthentication finishAuthentication(PendingCeremony pending, String authenticationResponseJson, CredentialStore credentials) {
        Instant now = clock.instant();
        checkPending(pending, PendingCeremony.Kind.AUTHENTICATION, now);
        // Steps 1–4: the options are the pending ceremony's; the response is an AuthenticatorAssertionResponse.
        AuthenticationResponse response = JsonForms.authenticationResponse(authenticationResponseJson);
        if (response.signature().size() > MAX_SIGNATURE_LENGTH) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "signature larger than MAX_SIGNATURE_LENGTH=" + MAX_SIGNATURE_LENGTH);
        }
        // Step 5: if allowCredentials was not empty, the credential is one of them.
        step5CredentialIsAllowed(pending, response.id());
        // Step 7 (looked up first, because step 6 compares owners): the credential record for credential.id.
        CredentialRecord record = credentials.findById(response.id()).filter(r -> r.id().equals(response.id()))
                .orElseThrow(() -> PasskeyException.of(Reason.UNKNOWN_CREDENTIAL, "no credential " + response.id().base64Url()));
        // Step 6: the credential belongs to the user being authenticated.
        step6UserOwnsCredential(pending, response, record);
        // Step 8: cData, authData and sig.
        AuthenticatorData authData = AuthenticatorData.parse(response.authenticatorData());
        // Steps 9–10: clientDataJSON decoded as UTF-8 and parsed as JSON.
        CollectedClientData c = CollectedClientData.parse(response.clientDataJson());
        // Step 11: C.type is webauthn.get.
        step11TypeIsGet(c);
        // Step 12: C.challenge is the options' challenge.
        verifyChallenge(c, pending);
        // Step 13: C.origin is an expected origin.
        origins.check(c.origin());
        // Step 14: C.topOrigin / crossOrigin as the relying party expects.
        topOriginPolicy.check(c);
        // Step 21 (first half, needed by step 15): client extension outputs, including appid.
        AuthenticationExtensionsClientOutputs clientOutputs = Extensions.clientOutputs(response.clientExtensionResults(), pending.extensions(),
                PendingCeremony.Kind.AUTHENTICATION, record.id());
        // Step 15: rpIdHash is SHA-256 of the RP ID, or of the AppID when the client reports the appid extension used it.
        boolean appidUsed = clientOutputs.appid().orElse(false);
        Bytes expectedHash = appidUsed ? sha256(Bytes.of(pending.extensions().appid().orElseThrow().getBytes(StandardCharsets.UTF_8))) : rpIdHash;
        if (!authData.rpIdHash().equals(expectedHash)) {
            throw PasskeyException.of(Reason.RP_ID_MISMATCH, "rpIdHash is not SHA-256 of " + (appidUsed ? "the AppID" : "\"" + rp.id() + "\""));
        }
        // Step 16: UP is set.
        verifyUserPresent(authData);
        // Step 17: UV is set if user verification was required.
        verifyUserVerified(authData, pending);
        // Step 18: BS is clear when BE is clear.
        verifyBackupFlags(authData);
        // Step 19: BE is what it was at registration (it never changes).
        if (authData.flags().backupEligible() != record.backupEligible()) {
            throw PasskeyException.of(Reason.BACKUP_ELIGIBILITY_CHANGED, "BE is " + authData.flags().backupEligible()
                    + " but the credential was registered with " + record.backupEligible());
        }
        // Step 20: the BS transition is reported for the caller's policy.
        BackupStateTransition transition = authData.flags().backedUp() == record.backupState() ? BackupStateTransition.UNCHANGED
                : authData.flags().backedUp() ? BackupStateTransition.BACKED_UP : BackupStateTransition.NO_LONGER_BACKED_UP;
        // Step 21 (second half): authenticator extension outputs.
        AuthenticatorExtensionOutputs authenticatorOutputs = Extensions.authenticatorOutputs(authData.extensions(), pending.extensions(),
                PendingCeremony.Kind.AUTHENTICATION);
        // Step 22: hash = SHA-256(clientDataJSON).
        Bytes clientDataHash = sha256(response.clientDataJson());
        // Step 23: sig verifies over authData || hash with the credential public key.
        CoseKey key = credentialKey(record.publicKey());
        key.verify(response.signature(), concat(response.authenticatorData(), clientDataHash));
        // Step 24: the signature counter; a regression is reported, and refused under SignCounterPolicy.REJECT.
        boolean regressed = (authData.signCount() != 0 || record.signCount() != 0) && authData.signCount() <= record.signCount();
        if (regressed && signCounterPolicy == SignCounterPolicy.REJECT) {
            throw PasskeyException.of(Reason.SIGN_COUNTER_REGRESSION, "signCount " + authData.signCount() + " after " + record.signCount());
        }
        // Step 25: an attestationObject in an assertion is not requested by Citadel and not read.
        // Step 26: the updates (signCount, backupState, uvInitialized) are returned, not applied.
        boolean uvInitialized = record.uvInitialized() || authData.flags().userVerified();
        return new VerifiedAuthentication(record, authData.flags(), authData.signCount(), regressed, transition, uvInitialized, clientOutputs,
                authenticatorOutputs, response.authenticatorAttachment(), appidUsed, now);
    }

    // ======================================================================= shared steps

    private void checkPending(PendingCeremony pending, PendingCeremony.Kind kind, Instant now) {
        if (pending.kind() != kind) {
            throw PasskeyException.of(Reason.CEREMONY_MISMATCH, "a " + pending.kind() + " ceremony finished as " + kind);
        }
        if (!pending.rpId().equals(rp.id())) {
            throw PasskeyException.of(Reason.CEREMONY_MISMATCH, "the ceremony was started for RP ID " + pending.rpId());
        }
        if (!now.isBefore(pending.expiresAt())) {
            throw PasskeyException.of(Reason.CEREMONY_EXPIRED, "the ceremony expired at " + pending.expiresAt());
        }
    }

    private static void step7TypeIsCreate(CollectedClientData c) {
        if (!c.type().equals("webauthn.create")) {
            throw PasskeyException.of(Reason.WRONG_CEREMONY_TYPE, "clientData.type is " + c.type() + ", not webauthn.create");
        }
    }

    private static void step11TypeIsGet(CollectedClientData c) {
        if (!c.type().equals("webauthn.get")) {
            throw PasskeyException.of(Reason.WRONG_CEREMONY_TYPE, "clientData.type is " + c.type() + ", not webauthn.get");
        }
    }

    private static void verifyChallenge(CollectedClientData c, PendingCeremony pending) {
        if (!c.challenge().equals(pending.challenge().base64Url())) {
            throw PasskeyException.of(Reason.CHALLENGE_MISMATCH, "clientData.challenge is not this ceremony's challenge");
        }
    }

    private static void verifyUserPresent(AuthenticatorData authData) {
        if (!authData.flags().userPresent()) {
            throw PasskeyException.of(Reason.USER_NOT_PRESENT, "UP is clear");
        }
    }

    private static void verifyUserVerified(AuthenticatorData authData, PendingCeremony pending) {
        if (pending.userVerification() == UserVerificationRequirement.REQUIRED && !authData.flags().userVerified()) {
            throw PasskeyException.of(Reason.USER_NOT_VERIFIED, "user verification was required and UV is clear");
        }
    }

    private static void verifyBackupFlags(AuthenticatorData authData) {
        if (authData.flags().backedUp() && !authData.flags().backupEligible()) {
            throw PasskeyException.of(Reason.INCONSISTENT_BACKUP_FLAGS, "BS is set while BE is clear");
        }
    }

    private static void step5CredentialIsAllowed(PendingCeremony pending, Bytes credentialId) {
        if (!pending.allowCredentials().isEmpty() && !pending.allowCredentials().contains(credentialId)) {
            throw PasskeyException.of(Reason.CREDENTIAL_NOT_ALLOWED, "credential " + credentialId.base64Url() + " is not in allowCredentials");
        }
    }

    private static void step6UserOwnsCredential(PendingCeremony pending, AuthenticationResponse response, CredentialRecord record) {
        if (pending.userHandle().isPresent()) {
            // The user was identified before the ceremony: the credential must be theirs, and a userHandle, if sent, theirs too.
            Bytes user = pending.userHandle().get();
            if (!record.userHandle().equals(user)) {
                throw PasskeyException.of(Reason.CREDENTIAL_NOT_ALLOWED, "the credential does not belong to the user being authenticated");
            }
            if (response.userHandle().isPresent() && !response.userHandle().get().equals(user)) {
                throw PasskeyException.of(Reason.USER_HANDLE_MISMATCH, "userHandle is not the user being authenticated");
            }
        } else {
            // Discoverable ceremony: the response names the user, and it must be the credential's owner.
            Bytes handle = response.userHandle().orElseThrow(() -> PasskeyException.of(Reason.USER_HANDLE_MISSING,
                    "a discoverable assertion carries the user handle"));
            if (!handle.equals(record.userHandle())) {
                throw PasskeyException.of(Reason.USER_HANDLE_MISMATCH, "userHandle is not the credential's user");
            }
        }
    }

    private CoseKey credentialKey(Bytes encoded) {
        CoseKey key = keys.get(encoded);
        if (key == null) {
            key = CoseKey.parse(encoded);
            if (keys.size() >= MAX_CACHED_KEYS) {
                keys.clear();
            }
            keys.put(encoded, key);
        }
        return key;
    }

    private static Bytes sha256(Bytes data) {
        return Bytes.of(SHA256.hash(data.toByteArray()).bytes());
    }

    private static byte[] concat(Bytes a, Bytes b) {
        byte[] x = a.toByteArray();
        byte[] y = b.toByteArray();
        byte[] out = new byte[x.length + y.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    /**
     * The attestation object (§6.5.4): a map of exactly fmt (text), attStmt and authData (bytes). attStmt is a map, or
     * an array for {@code compound} (§8.9); each format checks the shape it needs.
     */
    record AttestationObject(String fmt, CborValue attStmt, AuthenticatorData authData) {

        static AttestationObject parse(Bytes encoded) {
            if (encoded.size() > MAX_ATTESTATION_OBJECT_LENGTH) {
                throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "attestation object larger than MAX_ATTESTATION_OBJECT_LENGTH="
                        + MAX_ATTESTATION_OBJECT_LENGTH);
            }
            if (!(Cbor.decode(encoded.toByteArray()) instanceof CborMap(Map<CborValue, CborValue> m))) {
                throw PasskeyException.of(Reason.MALFORMED_ATTESTATION_OBJECT, "the attestation object is not a map");
            }
            if (m.size() != 3 || !(m.get(new CborText("fmt")) instanceof CborText(String fmt))
                    || !(m.get(new CborText("attStmt")) instanceof CborValue attStmt)
                    || !(attStmt instanceof CborMap || attStmt instanceof CborValue.CborArray)
                    || !(m.get(new CborText("authData")) instanceof CborBytes(Bytes authData))) {
                throw PasskeyException.of(Reason.MALFORMED_ATTESTATION_OBJECT, "the attestation object is not {fmt: text, attStmt: map, authData: bytes}");
            }
            return new AttestationObject(fmt, attStmt, AuthenticatorData.parse(authData));
        }
    }

    /** The trust used when none is configured: nothing vouched for, no statement trusted. */
    static final class DefaultTrust implements AttestationTrust {
        @Override
        public AttestationVerdict evaluate(VerifiedStatement statement, Bytes aaguid, Instant at) {
            if (statement.type() == AttestationType.NONE) {
                return new AttestationVerdict.NoAttestation();
            }
            if (statement.type() == AttestationType.SELF) {
                return new AttestationVerdict.SelfAttested(statement);
            }
            return new AttestationVerdict.Untrusted(statement, AttestationVerdict.UntrustedReason.NO_TRUST_ANCHOR,
                    "no attestation trust anchors are configured");
        }
    }

    /** Builds a {@link RelyingParty}. */
    public static final class Builder {
        private String rpId;
        private String rpName;
        private final Set<String> origins = new LinkedHashSet<>();
        private WellKnownFetcher relatedOriginsFetcher;
        private java.net.URI relatedOriginsDocument;
        private TopOriginPolicy topOriginPolicy = TopOriginPolicy.sameOriginOnly();
        private List<CoseAlgorithm> algorithms = List.of(CoseAlgorithm.ES256, CoseAlgorithm.ML_DSA_65, CoseAlgorithm.EDDSA,
                CoseAlgorithm.ED25519, CoseAlgorithm.ES384, CoseAlgorithm.ES512, CoseAlgorithm.ED448, CoseAlgorithm.PS256, CoseAlgorithm.RS256,
                CoseAlgorithm.ML_DSA_44, CoseAlgorithm.ML_DSA_87);
        private AttestationConveyancePreference attestation = AttestationConveyancePreference.NONE;
        private AttestationTrust attestationTrust = new DefaultTrust();
        private boolean requireTrustedAttestation;
        private SignCounterPolicy signCounterPolicy = SignCounterPolicy.FLAG;
        private Clock clock = Clock.systemUTC();
        private RandomSource random = RandomSource.system();

        private Builder() {}

        /** The RP ID: a registrable domain, e.g. {@code example.com} (or {@code localhost}). Required. */
        public Builder rpId(String value) {
            this.rpId = new PublicKeyCredentialRpEntity(value, value).id();
            return this;
        }

        /** The name clients show; defaults to the RP ID. */
        public Builder rpName(String value) {
            this.rpName = Objects.requireNonNull(value);
            return this;
        }

        /** Adds exact web origins ({@code https://host[:port]}, or {@code http://localhost[:port]}). */
        public Builder origins(Set<String> values) {
            values.forEach(o -> origins.add(Origins.requireWebOrigin(o)));
            return this;
        }

        /** Adds an Android app origin: {@code android:apk-key-hash:} + base64url SHA-256 of the APK signing certificate. */
        public Builder androidOrigin(String value) {
            origins.add(Origins.requireAndroidOrigin(value));
            return this;
        }

        /** Also accepts the origins of the RP ID's {@code /.well-known/webauthn} document (§5.11), fetched with {@code fetcher}. */
        public Builder relatedOrigins(WellKnownFetcher fetcher) {
            this.relatedOriginsFetcher = Objects.requireNonNull(fetcher);
            return this;
        }

        /** As {@link #relatedOrigins(WellKnownFetcher)}, from a document at another URL (a mirror the relying party controls). */
        public Builder relatedOrigins(java.net.URI document, WellKnownFetcher fetcher) {
            this.relatedOriginsDocument = Objects.requireNonNull(document);
            this.relatedOriginsFetcher = Objects.requireNonNull(fetcher);
            return this;
        }

        /** Cross-origin iframe policy; default {@link TopOriginPolicy#sameOriginOnly()}. */
        public Builder topOriginPolicy(TopOriginPolicy value) {
            this.topOriginPolicy = Objects.requireNonNull(value);
            return this;
        }

        /** The algorithms offered and accepted, in preference order. */
        public Builder algorithms(List<CoseAlgorithm> values) {
            this.algorithms = List.copyOf(values);
            return this;
        }

        /** The attestation conveyance preference sent in creation options; default {@code none}. */
        public Builder attestation(AttestationConveyancePreference value) {
            this.attestation = Objects.requireNonNull(value);
            return this;
        }

        /** Judges attestation trust paths; default: nothing trusted (self and none reported as such). */
        public Builder attestationTrust(AttestationTrust value) {
            this.attestationTrust = Objects.requireNonNull(value);
            return this;
        }

        /** Refuse registrations whose attestation is not {@link AttestationVerdict.Trusted}; default false. */
        public Builder requireTrustedAttestation(boolean value) {
            this.requireTrustedAttestation = value;
            return this;
        }

        /** What a signature-counter regression does; default {@link SignCounterPolicy#FLAG}. */
        public Builder signCounterPolicy(SignCounterPolicy value) {
            this.signCounterPolicy = Objects.requireNonNull(value);
            return this;
        }

        /** The clock for expiry and attestation validity; default system UTC. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        /** The source of challenges and ceremony ids; default cryptokit's system DRBG. */
        public Builder random(RandomSource value) {
            this.random = Objects.requireNonNull(value);
            return this;
        }

        public RelyingParty build() {
            if (rpId == null) {
                throw new IllegalStateException("rpId is required");
            }
            return new RelyingParty(this);
        }
    }
}
