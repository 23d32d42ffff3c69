package dev.citadel.attest;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.citadel.cryptokit.P256;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The App Attest samples of the shared vectors (see their README), decoded into typed records. */
final class AppAttestSamples {

    private AppAttestSamples() {}

    static Path dir() {
        return Vectors.resolve("attest");
    }

    static PinnedRoot attestationRoot() {
        return PinnedRoot.appAttestationRoot(dir().resolve("roots/Apple_App_Attestation_Root_CA.pem"));
    }

    static PinnedRoot receiptRoot() {
        return PinnedRoot.appleRootCaG3(dir().resolve("roots/AppleRootCA-G3.pem"));
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static AttestationVerifier attestationVerifier(AppId appId, Environment env, Instant at) {
        return AttestationVerifier.create(appId, env, ExtensionPolicy.acceptAny(), attestationRoot(), receiptRoot(), at(at));
    }

    /** One of Apple's documentation samples: raw challenge bytes are the clientDataHash. */
    record AppleSample(String name, AppId appId, KeyId keyId, String challenge, Instant at, byte[] object) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<AppleSample> appleSamples() {
        return Stream.of(
                new AppleSample("apple-doc-sample-2024", AppId.parse("0352187391.com.apple.example_app_attest"),
                        KeyId.fromBase64("bSrEhF8TIzIvWSPwvZ0i2+UOBre4ASH84rK15m6emNY="), "test_server_challenge",
                        Instant.parse("2024-04-18T12:00:00Z"), b64File("apple-doc-sample-2024/attestation-object.b64")),
                new AppleSample("apple-doc-sample-2026", AppId.parse("1234567890.com.example.myapp"),
                        KeyId.fromBase64("zgSY9YSD+7TaDXssY6WlOPVS1K3Lmk+pFhlcSWE+ZV0="), "example_server_challenge",
                        Instant.parse("2026-04-21T18:13:12Z"), b64File("apple-doc-sample-2026/attestation-object.b64")));
    }

    /** One document of a real-device (iOS 14) sample file. */
    record DeviceDocument(String file, String type, Map<String, Object> fields) {
        String text(String key) {
            return String.valueOf(fields.get(key));
        }

        byte[] b64(String key) {
            return Base64.getDecoder().decode(text(key));
        }

        AppId appId() {
            return new AppId(text("teamIdentifier"), text("bundleIdentifier"));
        }

        KeyId keyId() {
            return KeyId.fromBase64(text("keyIdBase64"));
        }

        P256.Signing.PublicKey publicKey() {
            return P256.Signing.PublicKey.fromPemRepresentation(text("publicKey"));
        }

        Instant timestamp() {
            return Instant.parse(text("timestamp"));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> properties() {
            return (Map<String, Object>) fields.get("properties");
        }

        @Override
        public String toString() {
            return file + " " + type + " " + text("id");
        }
    }

    static List<DeviceDocument> deviceDocuments(String type) {
        List<DeviceDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir().resolve("veehaitch-devicecheck-appattest"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
                try (MappingIterator<Map<String, Object>> it = yaml.readerForMapOf(Object.class).readValues(f.toFile())) {
                    while (it.hasNext()) {
                        Map<String, Object> doc = it.next();
                        if (type.equals(doc.get("type"))) {
                            out.add(new DeviceDocument(f.getFileName().toString(), type, doc));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] b64File(String relative) {
        try {
            return Base64.getMimeDecoder().decode(Files.readString(dir().resolve(relative), StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
