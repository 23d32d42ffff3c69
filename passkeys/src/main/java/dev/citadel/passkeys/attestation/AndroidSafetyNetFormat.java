package dev.citadel.passkeys.attestation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.jose.CryptoKitJwsVerifier;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.trust.Certificate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code android-safetynet} format (WebAuthn L3 §8.5): {@code {ver, response}}, where {@code response}
 * is a SafetyNet attestation JWS whose {@code x5c} leaf is issued to attest.android.com. The chain itself is
 * judged by the {@link AttestationTrust} (configure Google's root as an anchor).
 */
final class AndroidSafetyNetFormat implements AttestationStatementFormat {

    static final String FMT = "android-safetynet";
    /** The host name the SafetyNet signing certificate must be issued to. */
    static final String SAFETYNET_HOST = "attest.android.com";
    /** Oldest SafetyNet response accepted, measured from its timestampMs to the clock. */
    static final Duration MAX_RESPONSE_AGE = Duration.ofSeconds(60);
    /** How far in the future a timestampMs may lie (clock skew between Google and the relying party). */
    static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(5);
    /** Largest response accepted, in bytes. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;
    /** Most certificates in the JWS x5c header. */
    static final int MAX_CHAIN_CERTIFICATES = 5;

    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Clock clock;

    AndroidSafetyNetFormat(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("ver", "response"));
        String ver = st.text("ver");
        byte[] response = st.bytes("response").toByteArray();
        if (ver.isEmpty()) {
            throw Statement.malformed(FMT, "ver is empty");
        }
        if (response.length > MAX_RESPONSE_BYTES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, FMT + ": response larger than MAX_RESPONSE_BYTES=" + MAX_RESPONSE_BYTES);
        }
        // Step 2: response is a valid SafetyNet response (a JWS signed by its x5c leaf).
        JWSObject jws;
        try {
            jws = JWSObject.parse(new String(response, StandardCharsets.US_ASCII));
        } catch (ParseException e) {
            throw Statement.malformed(FMT, "response is not a JWS: " + e.getMessage());
        }
        if (jws.getHeader().getCriticalParams() != null && !jws.getHeader().getCriticalParams().isEmpty()) {
            throw Statement.malformed(FMT, "the JWS header has critical parameters, which are not understood");
        }
        List<Base64> x5c = jws.getHeader().getX509CertChain();
        if (x5c == null || x5c.isEmpty() || x5c.size() > MAX_CHAIN_CERTIFICATES) {
            throw Statement.malformed(FMT, "the JWS header has no x5c chain of 1.." + MAX_CHAIN_CERTIFICATES + " certificates");
        }
        List<Certificate> chain = new ArrayList<>();
        for (Base64 b : x5c) {
            chain.add(Statement.certificate(FMT, b.decode()));
        }
        try {
            if (!jws.verify(new CryptoKitJwsVerifier(CertificateKey.of(FMT, chain.getFirst()).key()))) {
                throw PasskeyException.of(Reason.SIGNATURE_INVALID, FMT + ": the SafetyNet JWS signature does not verify");
            }
        } catch (JOSEException e) {
            throw PasskeyException.of(Reason.SIGNATURE_INVALID, FMT + ": the SafetyNet JWS signature does not verify: " + e.getMessage(), e);
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(jws.getPayload().toBytes());
        } catch (IOException e) {
            throw Statement.malformed(FMT, "the SafetyNet payload is not JSON");
        }
        if (payload == null || !payload.isObject()) {
            throw Statement.malformed(FMT, "the SafetyNet payload is not a JSON object");
        }
        // Step 3: nonce is base64(SHA-256(authenticatorData || clientDataHash)).
        String expected = java.util.Base64.getEncoder().encodeToString(SHA256.hash(PackedFormat.signedData(input)).bytes());
        if (!payload.path("nonce").isTextual() || !expected.equals(payload.get("nonce").asText())) {
            throw Statement.invalid(FMT, "nonce is not base64(SHA-256(authenticatorData || clientDataHash))");
        }
        // Step 4: the response came from SafetyNet: the leaf is issued to attest.android.com.
        if (!chain.getFirst().dnsNames().contains(SAFETYNET_HOST)) {
            throw Statement.invalid(FMT, "the SafetyNet signing certificate is not issued to " + SAFETYNET_HOST);
        }
        // Step 4: ctsProfileMatch is true.
        if (!payload.path("ctsProfileMatch").isBoolean() || !payload.get("ctsProfileMatch").booleanValue()) {
            throw Statement.invalid(FMT, "ctsProfileMatch is not true");
        }
        // Step 4: timestampMs is fresh.
        if (!payload.path("timestampMs").isIntegralNumber()) {
            throw Statement.malformed(FMT, "timestampMs is missing or not an integer");
        }
        Instant timestamp = Instant.ofEpochMilli(payload.get("timestampMs").longValue());
        Instant now = clock.instant();
        if (timestamp.isAfter(now.plus(MAX_CLOCK_SKEW)) || timestamp.isBefore(now.minus(MAX_RESPONSE_AGE))) {
            throw Statement.invalid(FMT, "timestampMs " + timestamp + " is not within MAX_RESPONSE_AGE="
                    + MAX_RESPONSE_AGE + " of " + now);
        }
        // Step 5: attestation type Basic, trust path x5c.
        return new VerifiedStatement(FMT, AttestationType.BASIC, chain);
    }
}
