package dev.citadel.bench.passkeys;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.AssertionResult;
import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.FinishAssertionOptions;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredential;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import com.yubico.webauthn.data.PublicKeyCredentialRequestOptions;
import com.yubico.webauthn.data.RelyingPartyIdentity;
import dev.citadel.bench.passkeys.SoftwarePasskey.Algorithm;
import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.MLDSA65;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticationRequest;
import dev.citadel.passkeys.AuthenticationStart;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.CredentialStore;
import dev.citadel.passkeys.PendingCeremony;
import dev.citadel.passkeys.RelyingParty;
import dev.citadel.passkeys.VerifiedAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Passkey assertion verification from the AuthenticationResponseJSON a browser sends ({@code credential.toJSON()}):
 * parse, every §7.2 check and the signature, for ES256, EdDSA (Ed25519), RS256 (RSA-2048) and ML-DSA-65 credentials.
 * Each operation verifies the same JSON of a real assertion made by a software authenticator ({@link SoftwarePasskey},
 * cryptokit keys), against the same challenge, RP ID ({@value #RP_ID}), origin and stored credential, with user
 * verification required:
 *
 * <ul>
 *   <li>{@code _citadel}: {@link RelyingParty#finishAuthentication} (the relying party and its pending ceremony built
 *       once; the credential record read from an in-memory {@link CredentialStore} as bytes, whose parsed key the
 *       relying party keeps between assertions, up to {@link RelyingParty#MAX_CACHED_KEYS}).</li>
 *   <li>{@code _webauthn4j}: webauthn4j-core 0.32.0 {@code WebAuthnManager.parseAuthenticationResponseJSON} then
 *       {@code verify(AuthenticationData, AuthenticationParameters)} with a non-strict manager built once and a
 *       {@code CredentialRecordImpl} holding the parsed COSE key.</li>
 *   <li>{@code _yubico}: java-webauthn-server 2.8.1 as its documentation shows: a {@code RelyingParty} built once,
 *       {@code PublicKeyCredential.parseAssertionResponseJson} then {@code finishAssertion} with the stored
 *       {@code AssertionRequest} and a {@code CredentialRepository} returning the stored COSE key. 2.8.1 has no
 *       ML-DSA, so there is no {@code mldsa65_yubico}.</li>
 *   <li>{@code _bareVerify}: cryptokit's signature check alone, of the same signature over the same
 *       {@code authenticatorData || SHA-256(clientDataJSON)}, with the public key object reused (for ES256 Citadel's
 *       P-256 engine then keeps per-key tables); {@code _bareVerifyDecodedKey}: the same with the public key built
 *       from its raw encoding on every call, which is what a verification from a stored key pays.</li>
 * </ul>
 *
 * <p>The assertion's counter is 1 and every stored counter 0, so each library runs its counter comparison and accepts;
 * nothing is written back (webauthn4j's {@code verify} sets the counter of the record object it is given, so its
 * benchmark resets it to 0 first), so every call sees the same state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(5)
public class PasskeysBenchmark {

    static final String RP_ID = "example.org";
    static final String ORIGIN = "https://example.org";
    static final Instant AT = Instant.parse("2026-11-29T12:00:00Z");

    /** One credential, one assertion JSON, and each library ready to verify it. */
    abstract static class Fixture {
        final Algorithm algorithm;
        SoftwarePasskey passkey;
        String json;

        RelyingParty citadel;
        PendingCeremony pending;
        CredentialStore store;

        WebAuthnManager webauthn4j;
        CredentialRecordImpl w4jRecord;
        AuthenticationParameters w4jParameters;

        com.yubico.webauthn.RelyingParty yubico;
        AssertionRequest yubicoRequest;

        byte[] signedData;
        byte[] signature;
        Verifier bare;
        Verifier bareDecodedKey;

        Fixture(Algorithm algorithm) {
            this.algorithm = algorithm;
        }

        @Setup
        public void setup() throws Exception {
            passkey = new SoftwarePasskey(algorithm, "user-0001".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
            citadel = RelyingParty.builder().rpId(RP_ID).rpName("Example").origins(Set.of(ORIGIN)).clock(clock).build();
            AuthenticationStart start = citadel.startAuthentication(AuthenticationRequest.discoverable());
            pending = start.pending();
            byte[] challenge = pending.challenge().toByteArray();
            json = passkey.assertion(RP_ID, ORIGIN, pending.challenge().base64Url());
            CredentialRecord record = new CredentialRecord(Bytes.of(passkey.credentialId), Bytes.of(passkey.userHandle), Bytes.of(passkey.coseKey),
                    0, List.of("internal"), true, false, false, Optional.empty(), Optional.empty());
            store = CredentialStore.of(record);

            ObjectConverter converter = new ObjectConverter();
            webauthn4j = WebAuthnManager.createNonStrictWebAuthnManager(converter);
            COSEKey coseKey = converter.getCborMapper().readValue(passkey.coseKey, COSEKey.class);
            w4jRecord = new CredentialRecordImpl(new NoneAttestationStatement(), true, false, false, 0,
                    new com.webauthn4j.data.attestation.authenticator.AttestedCredentialData(AAGUID.ZERO, passkey.credentialId, coseKey),
                    null, null, null, null);
            w4jParameters = new AuthenticationParameters(new ServerProperty(new Origin(ORIGIN), RP_ID, new DefaultChallenge(challenge)),
                    w4jRecord, null, true, true);

            if (algorithm != Algorithm.ML_DSA_65) {
                // backupEligible/backupState are marked deprecated (experimental) in 2.8.1; set so that Yubico checks BE as
                // Citadel's step 19 does.
                RegisteredCredential registered = RegisteredCredential.builder().credentialId(new ByteArray(passkey.credentialId))
                        .userHandle(new ByteArray(passkey.userHandle)).publicKeyCose(new ByteArray(passkey.coseKey)).signatureCount(0)
                        .backupEligible(false).backupState(false).build();
                yubico = com.yubico.webauthn.RelyingParty.builder()
                        .identity(RelyingPartyIdentity.builder().id(RP_ID).name("Example").build())
                        .credentialRepository(new OneCredentialRepository(registered))
                        .origins(Set.of(ORIGIN)).clock(clock).build();
                yubicoRequest = AssertionRequest.builder().publicKeyCredentialRequestOptions(PublicKeyCredentialRequestOptions.builder()
                        .challenge(new ByteArray(challenge)).rpId(RP_ID)
                        .userVerification(com.yubico.webauthn.data.UserVerificationRequirement.REQUIRED).build()).build();
            }

            com.fasterxml.jackson.databind.JsonNode response = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("response");
            Base64.Decoder b64 = Base64.getUrlDecoder();
            byte[] authData = b64.decode(response.get("authenticatorData").asText());
            byte[] clientData = b64.decode(response.get("clientDataJSON").asText());
            signedData = SoftwarePasskey.concat(authData, SHA256.hash(clientData).bytes());
            signature = b64.decode(response.get("signature").asText());
            byte[] raw = passkey.rawPublicKey;
            switch (algorithm) {
                case ES256 -> {
                    P256.Signing.PublicKey k = P256.Signing.PublicKey.fromRawRepresentation(raw);
                    bare = (s, d) -> k.verify(P256.Signing.ECDSASignature.fromDerRepresentation(s), d);
                    bareDecodedKey = (s, d) -> P256.Signing.PublicKey.fromRawRepresentation(raw).verify(P256.Signing.ECDSASignature.fromDerRepresentation(s), d);
                }
                case EDDSA -> {
                    Curve25519.Signing.PublicKey k = Curve25519.Signing.PublicKey.fromRawRepresentation(raw);
                    bare = k::verify;
                    bareDecodedKey = (s, d) -> Curve25519.Signing.PublicKey.fromRawRepresentation(raw).verify(s, d);
                }
                case RS256 -> {
                    SecKey k = SecKeys.createPublicKey(KeyType.RSA_2048, raw);
                    bare = (s, d) -> k.verifySignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, d, s);
                    bareDecodedKey = (s, d) -> SecKeys.createPublicKey(KeyType.RSA_2048, raw).verifySignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256, d, s);
                }
                case ML_DSA_65 -> {
                    MLDSA65.PublicKey k = MLDSA65.PublicKey.fromRawRepresentation(raw);
                    bare = k::verify;
                    bareDecodedKey = (s, d) -> MLDSA65.PublicKey.fromRawRepresentation(raw).verify(s, d);
                }
                default -> throw new IllegalStateException();
            }
            // Every path must accept the fixture before it is timed.
            citadel();
            webauthn4j();
            if (yubico != null && !yubico().isSuccess()) {
                throw new IllegalStateException("Yubico refused the fixture");
            }
            bare.verify(signature, signedData);
            bareDecodedKey.verify(signature, signedData);
        }

        VerifiedAuthentication citadel() {
            return citadel.finishAuthentication(pending, json, store);
        }

        AuthenticationData webauthn4j() {
            // webauthn4j's verify writes the new counter into the record it was given; put the stored value back.
            w4jRecord.setCounter(0);
            AuthenticationData data = webauthn4j.parseAuthenticationResponseJSON(json);
            return webauthn4j.verify(data, w4jParameters);
        }

        AssertionResult yubico() throws Exception {
            return yubico.finishAssertion(FinishAssertionOptions.builder().request(yubicoRequest)
                    .response(PublicKeyCredential.parseAssertionResponseJson(json)).build());
        }
    }

    @FunctionalInterface
    interface Verifier {
        VerifiedSignature verify(byte[] signature, byte[] data);
    }

    @State(Scope.Thread)
    public static class Es256 extends Fixture {
        public Es256() {
            super(Algorithm.ES256);
        }
    }

    @State(Scope.Thread)
    public static class EdDsa extends Fixture {
        public EdDsa() {
            super(Algorithm.EDDSA);
        }
    }

    @State(Scope.Thread)
    public static class Rs256 extends Fixture {
        public Rs256() {
            super(Algorithm.RS256);
        }
    }

    @State(Scope.Thread)
    public static class MlDsa65 extends Fixture {
        public MlDsa65() {
            super(Algorithm.ML_DSA_65);
        }
    }

    // ---- ES256

    @Benchmark
    public Object es256_citadel(Es256 f) {
        return f.citadel();
    }

    @Benchmark
    public Object es256_webauthn4j(Es256 f) {
        return f.webauthn4j();
    }

    @Benchmark
    public Object es256_yubico(Es256 f) throws Exception {
        return f.yubico();
    }

    @Benchmark
    public Object es256_bareVerify(Es256 f) {
        return f.bare.verify(f.signature, f.signedData);
    }

    @Benchmark
    public Object es256_bareVerifyDecodedKey(Es256 f) {
        return f.bareDecodedKey.verify(f.signature, f.signedData);
    }

    // ---- EdDSA (Ed25519)

    @Benchmark
    public Object eddsa_citadel(EdDsa f) {
        return f.citadel();
    }

    @Benchmark
    public Object eddsa_webauthn4j(EdDsa f) {
        return f.webauthn4j();
    }

    @Benchmark
    public Object eddsa_yubico(EdDsa f) throws Exception {
        return f.yubico();
    }

    @Benchmark
    public Object eddsa_bareVerify(EdDsa f) {
        return f.bare.verify(f.signature, f.signedData);
    }

    @Benchmark
    public Object eddsa_bareVerifyDecodedKey(EdDsa f) {
        return f.bareDecodedKey.verify(f.signature, f.signedData);
    }

    // ---- RS256 (RSA-2048)

    @Benchmark
    public Object rs256_citadel(Rs256 f) {
        return f.citadel();
    }

    @Benchmark
    public Object rs256_webauthn4j(Rs256 f) {
        return f.webauthn4j();
    }

    @Benchmark
    public Object rs256_yubico(Rs256 f) throws Exception {
        return f.yubico();
    }

    @Benchmark
    public Object rs256_bareVerify(Rs256 f) {
        return f.bare.verify(f.signature, f.signedData);
    }

    @Benchmark
    public Object rs256_bareVerifyDecodedKey(Rs256 f) {
        return f.bareDecodedKey.verify(f.signature, f.signedData);
    }

    // ---- ML-DSA-65 (Yubico 2.8.1 has none)

    @Benchmark
    public Object mldsa65_citadel(MlDsa65 f) {
        return f.citadel();
    }

    @Benchmark
    public Object mldsa65_webauthn4j(MlDsa65 f) {
        return f.webauthn4j();
    }

    @Benchmark
    public Object mldsa65_bareVerify(MlDsa65 f) {
        return f.bare.verify(f.signature, f.signedData);
    }

    @Benchmark
    public Object mldsa65_bareVerifyDecodedKey(MlDsa65 f) {
        return f.bareDecodedKey.verify(f.signature, f.signedData);
    }

    /** Yubico's storage SPI holding one credential. */
    static final class OneCredentialRepository implements CredentialRepository {
        private final RegisteredCredential credential;

        OneCredentialRepository(RegisteredCredential credential) {
            this.credential = credential;
        }

        @Override
        public Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
            return Set.of(PublicKeyCredentialDescriptor.builder().id(credential.getCredentialId()).build());
        }

        @Override
        public Optional<ByteArray> getUserHandleForUsername(String username) {
            return Optional.of(credential.getUserHandle());
        }

        @Override
        public Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
            return credential.getUserHandle().equals(userHandle) ? Optional.of("user") : Optional.empty();
        }

        @Override
        public Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
            return credential.getCredentialId().equals(credentialId) && credential.getUserHandle().equals(userHandle)
                    ? Optional.of(credential) : Optional.empty();
        }

        @Override
        public Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
            return credential.getCredentialId().equals(credentialId) ? Set.of(credential) : Set.of();
        }
    }
}
