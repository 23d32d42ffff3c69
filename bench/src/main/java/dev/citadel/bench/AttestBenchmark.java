package dev.citadel.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.appattest.DeviceCheckManager;
import com.webauthn4j.appattest.authenticator.DCAppleDeviceImpl;
import com.webauthn4j.appattest.data.DCAssertionData;
import com.webauthn4j.appattest.data.DCAssertionParameters;
import com.webauthn4j.appattest.data.DCAssertionRequest;
import com.webauthn4j.appattest.data.DCAttestationData;
import com.webauthn4j.appattest.data.DCAttestationParameters;
import com.webauthn4j.appattest.data.DCAttestationRequest;
import com.webauthn4j.appattest.server.DCServerProperty;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionsAuthenticatorOutputs;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.CertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import dev.citadel.attest.AppId;
import dev.citadel.attest.AssertionResult;
import dev.citadel.attest.AssertionVerifier;
import dev.citadel.attest.AttestationResult;
import dev.citadel.attest.AttestationVerifier;
import dev.citadel.attest.AttestedKey;
import dev.citadel.attest.AttestedKeyStore;
import dev.citadel.attest.ClientDataChallenge;
import dev.citadel.attest.ClientDataHash;
import dev.citadel.attest.Environment;
import dev.citadel.attest.ExtensionPolicy;
import dev.citadel.attest.KeyId;
import dev.citadel.attest.PinnedRoot;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.VerifiedSignature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
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
 * App Attest verifications per second on a real iOS 14 sample of the shared vectors ({@code CITADEL_VECTORS},
 * default {@code ../shared/vectors}; {@code attest/veehaitch-devicecheck-appattest/ios-14.2.yaml}, development),
 * at the sample's own instant, against webauthn4j-appattest on the same bytes.
 *
 * <ul>
 *   <li>{@code attestation_citadel}: {@link AttestationVerifier#verify} — CBOR, the credential chain through
 *       the trust module, nonce, key id, RP ID, counter, AAGUID, extensions, and the embedded receipt (BER CMS
 *       signature and its chain to Apple Root CA - G3). {@code attestation_webauthn4j}: {@code DeviceCheckManager.validate}
 *       (JDK PKIX chain, nonce, key id, RP ID, counter, AAGUID; no receipt), its chain check pinned to the
 *       sample's instant as ours is.</li>
 *   <li>{@code assertion_citadel}: {@link AssertionVerifier#verify} (CBOR, signature, RP ID, challenge in the
 *       client data, counter compare-and-set on a store that always holds counter 0);
 *       {@code assertion_webauthn4j}: {@code DeviceCheckManager.validate} of the same assertion;
 *       {@code assertion_bareP256Verify}: cryptokit's ECDSA P-256 verify of the same signature over the same
 *       nonce, the floor the assertion overhead is measured against.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AttestBenchmark {

    AttestationVerifier citadelAttestation;
    AssertionVerifier citadelAssertion;
    KeyId keyId;
    byte[] attestationObject;
    ClientDataHash clientDataHash;
    byte[] assertionObject;
    byte[] clientData;
    ClientDataChallenge challenge;
    P256.Signing.PublicKey publicKey;
    P256.Signing.ECDSASignature signature;
    byte[] nonce;

    DeviceCheckManager webauthn4j;
    DCAttestationParameters w4jAttestationParameters;
    DCAssertionParameters w4jAssertionParameters;
    DCAppleDeviceImpl w4jDevice;
    byte[] keyIdBytes;
    byte[] clientDataHashBytes;

    @Setup
    public void setup() throws Exception {
        Path dir = Path.of(Optional.ofNullable(System.getenv("CITADEL_VECTORS")).orElse("../shared/vectors")).resolve("attest");
        Map<String, Map<String, Object>> docs = new HashMap<>();
        try (MappingIterator<Map<String, Object>> it = new ObjectMapper(new YAMLFactory()).readerForMapOf(Object.class)
                .readValues(dir.resolve("veehaitch-devicecheck-appattest/ios-14.2.yaml").toFile())) {
            while (it.hasNext()) {
                Map<String, Object> d = it.next();
                docs.putIfAbsent(String.valueOf(d.get("type")), d);
            }
        }
        Map<String, Object> att = docs.get("attestation");
        Map<String, Object> as = docs.get("assertion");
        AppId app = new AppId(String.valueOf(att.get("teamIdentifier")), String.valueOf(att.get("bundleIdentifier")));
        Instant at = Instant.parse(String.valueOf(att.get("timestamp")));
        Clock clock = Clock.fixed(at, ZoneOffset.UTC);
        keyIdBytes = b64(att, "keyIdBase64");
        keyId = KeyId.fromBase64(String.valueOf(att.get("keyIdBase64")));
        attestationObject = b64(att, "attestationBase64");
        clientDataHash = ClientDataHash.sha256Of(b64(att, "clientDataBase64"));
        clientDataHashBytes = clientDataHash.value().toByteArray();

        citadelAttestation = AttestationVerifier.create(app, Environment.DEVELOPMENT, ExtensionPolicy.acceptAny(),
                PinnedRoot.appAttestationRoot(dir.resolve("roots/Apple_App_Attestation_Root_CA.pem")),
                PinnedRoot.appleRootCaG3(dir.resolve("roots/AppleRootCA-G3.pem")), clock);
        AttestationResult attested = citadelAttestation.verify(keyId, attestationObject, clientDataHash);
        publicKey = attested.publicKey();
        AttestedKey stored = attested.toAttestedKey();
        citadelAssertion = new AssertionVerifier(app, new CounterZeroStore(stored), ExtensionPolicy.acceptAny(), clock);
        assertionObject = b64(as, "assertionBase64");
        clientData = b64(as, "clientDataBase64");
        challenge = ClientDataChallenge.contains(b64(as, "challengeBase64"));
        citadelAssertion.verify(keyId, assertionObject, clientData, challenge);

        // The bare verify: the assertion's DER signature over nonce = SHA-256(authenticatorData ‖ SHA-256(clientData)).
        Map<String, byte[]> parts = assertionParts(assertionObject);
        signature = P256.Signing.ECDSASignature.fromDerRepresentation(parts.get("signature"));
        nonce = SHA256.hash(parts.get("authenticatorData"), SHA256.hash(clientData).bytes()).bytes();
        publicKey.verify(signature, nonce);

        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("roots/Apple_App_Attestation_Root_CA.pem"))));
        DefaultCertPathTrustworthinessVerifier pkix = new DefaultCertPathTrustworthinessVerifier(new TrustAnchorRepository() {
            @Override
            public Set<TrustAnchor> find(AAGUID aaguid) {
                return Set.of(new TrustAnchor(root, null));
            }

            @Override
            public Set<TrustAnchor> find(byte[] attestationCertificateKeyIdentifier) {
                return Set.of(new TrustAnchor(root, null));
            }
        });
        // webauthn4j validates chains at Instant.now(); the sample's certificates expired, so pin its instant.
        CertPathTrustworthinessVerifier pinned = (aaguid, statement, ignored) -> pkix.verify(aaguid, statement, at);
        webauthn4j = new DeviceCheckManager(pinned);
        webauthn4j.getAttestationDataValidator().setProduction(false);
        DCServerProperty server = new DCServerProperty(app.teamId(), app.bundleId(), new DefaultChallenge(b64(att, "clientDataBase64")));
        w4jAttestationParameters = new DCAttestationParameters(server);
        DCAttestationData data = webauthn4j.validate(new DCAttestationRequest(keyIdBytes, attestationObject, clientDataHashBytes),
                w4jAttestationParameters);
        w4jDevice = new DCAppleDeviceImpl(data.getAttestationObject().getAuthenticatorData().getAttestedCredentialData(),
                data.getAttestationObject().getAttestationStatement(), 0, new AuthenticationExtensionsAuthenticatorOutputs<>());
        w4jAssertionParameters = new DCAssertionParameters(server, w4jDevice);
        webauthn4j.validate(new DCAssertionRequest(keyIdBytes, assertionObject, SHA256.hash(clientData).bytes()), w4jAssertionParameters);
    }

    @Benchmark
    public AttestationResult attestation_citadel() {
        return citadelAttestation.verify(keyId, attestationObject, clientDataHash);
    }

    @Benchmark
    public DCAttestationData attestation_webauthn4j() {
        return webauthn4j.validate(new DCAttestationRequest(keyIdBytes, attestationObject, clientDataHashBytes), w4jAttestationParameters);
    }

    @Benchmark
    public AssertionResult assertion_citadel() {
        return citadelAssertion.verify(keyId, assertionObject, clientData, challenge);
    }

    @Benchmark
    public DCAssertionData assertion_webauthn4j() {
        w4jDevice.setCounter(0); // webauthn4j advances the record it is given; ours goes through a store that stays at 0
        return webauthn4j.validate(new DCAssertionRequest(keyIdBytes, assertionObject, SHA256.hash(clientData).bytes()), w4jAssertionParameters);
    }

    @Benchmark
    public VerifiedSignature assertion_bareP256Verify() {
        return publicKey.verify(signature, nonce);
    }

    private static byte[] b64(Map<String, Object> doc, String key) {
        return Base64.getDecoder().decode(String.valueOf(doc.get(key)));
    }

    /** The two byte strings of an assertion (CBOR map of text keys to byte strings), read with Jackson's CBOR tree. */
    private static Map<String, byte[]> assertionParts(byte[] cbor) throws IOException {
        var tree = new com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper().readTree(cbor);
        return Map.of("signature", tree.get("signature").binaryValue(), "authenticatorData", tree.get("authenticatorData").binaryValue());
    }

    /** A store whose key always holds counter 0 and accepts every compare-and-set: verification cost only. */
    private record CounterZeroStore(AttestedKey key) implements AttestedKeyStore {
        @Override
        public boolean register(AttestedKey k) {
            return false;
        }

        @Override
        public Optional<AttestedKey> find(KeyId id) {
            return Optional.of(key);
        }

        @Override
        public boolean compareAndSetCounter(KeyId id, long expected, long next) {
            return true;
        }
    }

}
