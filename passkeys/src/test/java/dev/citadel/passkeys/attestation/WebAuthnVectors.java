package dev.citadel.passkeys.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.passkeys.AuthenticatorData;
import dev.citadel.passkeys.internal.Cbor;
import dev.citadel.testing.Vectors;
import dev.citadel.trust.Certificate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shared WebAuthn vectors (../shared/vectors/webauthn), one registration per case. */
final class WebAuthnVectors {

    static final List<String> FOLDERS = List.of("w3c-webauthn-l3-test-vectors", "chromium-virtual-authenticator", "yubico-java-webauthn-server");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One case.
     *
     * @param folder the vector folder
     * @param name the file name without {@code .json}
     * @param json the whole case
     */
    record Case(String folder, String name, JsonNode json) {

        JsonNode response() {
            return json.path("registration").path("response").path("response");
        }

        Bytes attestationObject() {
            return Bytes.fromBase64Url(response().path("attestationObject").asText());
        }

        Bytes clientDataJson() {
            return Bytes.fromBase64Url(response().path("clientDataJSON").asText());
        }

        String fmt() {
            return json.path("registration").path("fmt").asText();
        }

        Optional<Certificate> w3cRoot() {
            JsonNode r = json.get("attestationTrustRootCertDer");
            return r == null || r.isNull() ? Optional.empty() : Optional.of(Certificate.parse(Bytes.fromBase64Url(r.asText()).toByteArray()));
        }

        /** The parsed input a format verifies. */
        AttestationInput input() {
            CborMap object = (CborMap) Cbor.decode(attestationObject().toByteArray());
            String fmt = ((CborText) object.entries().get(new CborText("fmt"))).value();
            CborValue attStmt = object.entries().get(new CborText("attStmt"));
            Bytes authData = ((CborBytes) object.entries().get(new CborText("authData"))).value();
            Bytes clientDataHash = Bytes.of(SHA256.hash(clientDataJson().toByteArray()).bytes());
            return new AttestationInput(fmt, attStmt, AuthenticatorData.parse(authData), clientDataHash);
        }

        /**
         * The instant to verify at: the case's {@code expected.verifyAtUtc} when present; otherwise one minute
         * after the latest notBefore of its certificates (the cases carry no verifyAtUtc), which lies inside
         * every certificate's validity for these chains.
         */
        Instant verifyAt(List<Certificate> certificates) {
            JsonNode at = json.path("expected").get("verifyAtUtc");
            if (at != null && !at.isNull()) {
                return Instant.parse(at.asText());
            }
            return certificates.stream().map(Certificate::notBefore).max(Comparator.naturalOrder())
                    .map(t -> t.plusSeconds(60)).orElse(Instant.parse("2026-01-01T00:00:00Z"));
        }

        @Override
        public String toString() {
            return folder + "/" + name;
        }
    }

    private WebAuthnVectors() {}

    static List<Case> all() {
        return FOLDERS.stream().flatMap(f -> {
            Path dir = Vectors.resolve("webauthn").resolve(f);
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> read(f, p)).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static Case read(String folder, Path p) {
        try {
            String name = p.getFileName().toString().replaceFirst("\\.json$", "");
            return new Case(folder, name, JSON.readTree(p.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
