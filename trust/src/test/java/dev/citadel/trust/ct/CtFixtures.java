package dev.citadel.trust.ct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.testing.Vectors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test data: the real chains and log keys of the shared vectors, and test logs that sign real SCTs. */
public final class CtFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    /** Inside every real chain's validity; after every real SCT. */
    static final Instant AT = Instant.parse("2026-03-20T00:00:00Z");
    /**
     * logs.json carries keys, operators, types and intervals but no states: every log was usable in the
     * Chrome list it was taken from, so the fixture lists each as usable since this instant.
     */
    static final String USABLE_SINCE = "2025-01-01T00:00:00Z";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private CtFixtures() {}

    static Path realScts() {
        return Vectors.resolve("ct/real-scts");
    }

    static List<String> chainNames() {
        try (var files = Files.list(realScts().resolve("chains"))) {
            return files.map(p -> p.getFileName().toString().replace(".pem", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chain's certificates, leaf first, as DER. */
    static List<byte[]> chain(String name) {
        return pem(realScts().resolve("chains").resolve(name + ".pem"));
    }

    static List<byte[]> pem(Path file) {
        try {
            Matcher m = PEM.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            List<byte[]> out = new ArrayList<>();
            while (m.find()) {
                out.add(Base64.getMimeDecoder().decode(m.group(1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CtInput input(String chainName) {
        List<byte[]> chain = chain(chainName);
        return CtInput.of(chain.get(0), chain.get(1));
    }

    /**
     * logs.json rewritten as a v3 log list: logs grouped by operator, RFC 6962 ones under {@code logs},
     * static-ct-api ones under {@code tiled_logs}, each usable since {@link #USABLE_SINCE}. {@code edit}
     * may change a log's v3 object before it is placed (keyed by description).
     */
    public static ObjectNode realLogListJson(Consumer<ObjectNode> edit) {
        try {
            JsonNode source = JSON.readTree(realScts().resolve("logs.json").toFile());
            Map<String, ObjectNode> operators = new LinkedHashMap<>();
            ObjectNode root = JSON.createObjectNode();
            root.put("version", "fixture");
            root.put("log_list_timestamp", "2026-03-01T00:00:00Z");
            ArrayNode operatorArray = root.putArray("operators");
            for (JsonNode log : source.get("logs")) {
                String operator = log.get("operator").asText();
                ObjectNode op = operators.computeIfAbsent(operator, name -> {
                    ObjectNode o = operatorArray.addObject();
                    o.put("name", name);
                    o.putArray("email");
                    o.putArray("logs");
                    o.putArray("tiled_logs");
                    return o;
                });
                boolean tiled = log.get("type").asText().equals("static-ct-api");
                ObjectNode v3 = JSON.createObjectNode();
                v3.put("description", log.get("description").asText());
                v3.put("log_id", log.get("log_id").asText());
                v3.put("key", log.get("key").asText());
                if (tiled) {
                    v3.put("submission_url", log.get("submission_url").asText());
                    v3.put("monitoring_url", log.get("monitoring_url").asText());
                    v3.put("mmd", 60);
                } else {
                    v3.put("url", log.get("url").asText());
                    v3.put("mmd", 86400);
                }
                v3.putObject("state").putObject("usable").put("timestamp", USABLE_SINCE);
                JsonNode interval = log.get("temporal_interval");
                if (interval != null && !interval.get(1).isNull()) {
                    ObjectNode ti = v3.putObject("temporal_interval");
                    ti.put("start_inclusive", interval.get(0).asText());
                    ti.put("end_exclusive", interval.get(1).asText());
                }
                edit.accept(v3);
                // Edits may move a log to another operator ("_operator") or to tiled_logs (submission_url).
                if (v3.has("_operator")) {
                    String moved = v3.remove("_operator").asText();
                    op = operators.computeIfAbsent(moved, name -> {
                        ObjectNode o = operatorArray.addObject();
                        o.put("name", name);
                        o.putArray("email");
                        o.putArray("logs");
                        o.putArray("tiled_logs");
                        return o;
                    });
                }
                tiled = v3.has("submission_url");
                ((ArrayNode) op.get(tiled ? "tiled_logs" : "logs")).add(v3);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LogList realLogList() {
        return parse(realLogListJson(log -> {}));
    }

    static LogList parse(JsonNode json) {
        try {
            return LogList.parse(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a log's state (by description) to {@code state} since {@code since}. */
    static Consumer<ObjectNode> state(String description, String state, String since) {
        return log -> {
            if (log.get("description").asText().equals(description)) {
                ObjectNode s = log.putObject("state");
                s.putObject(state).put("timestamp", since);
            }
        };
    }

    /**
     * A CT log that really signs: a fresh P-256 key, and SCTs over {@code X509} entries built here byte by
     * byte from RFC 6962 §3.2 (not with the code under test).
     */
    static final class TestLog {
        final String description;
        final String operator;
        final P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
        final byte[] spki = key.publicKey().derRepresentation();
        final byte[] logId = SHA256.hash(spki).bytes();

        TestLog(String description, String operator) {
            this.description = description;
            this.operator = operator;
        }

        /** Adds this log, usable, to a v3 list built by {@link #realLogListJson}. */
        void addTo(ObjectNode root) {
            ObjectNode op = ((ArrayNode) root.get("operators")).addObject();
            op.put("name", operator);
            op.putArray("email");
            ObjectNode log = op.putArray("logs").addObject();
            log.put("description", description);
            log.put("log_id", Base64.getEncoder().encodeToString(logId));
            log.put("key", Base64.getEncoder().encodeToString(spki));
            log.put("url", "https://" + operator.toLowerCase().replace(' ', '-') + ".example/");
            log.put("mmd", 86400);
            log.putObject("state").putObject("usable").put("timestamp", USABLE_SINCE);
        }

        /** A serialised v1 SCT over the {@code X509} entry of {@code leafDer}. */
        byte[] x509Sct(byte[] leafDer, Instant timestamp) {
            ByteArrayOutputStream signed = new ByteArrayOutputStream();
            signed.write(0); // v1
            signed.write(0); // certificate_timestamp
            writeLong(signed, timestamp.toEpochMilli());
            signed.write(0);
            signed.write(0); // x509_entry
            signed.write(leafDer.length >>> 16);
            signed.write(leafDer.length >>> 8);
            signed.write(leafDer.length);
            signed.writeBytes(leafDer);
            signed.write(0);
            signed.write(0); // no extensions
            byte[] signature = key.signature(signed.toByteArray()).derRepresentation();

            ByteArrayOutputStream sct = new ByteArrayOutputStream();
            sct.write(0);
            sct.writeBytes(logId);
            writeLong(sct, timestamp.toEpochMilli());
            sct.write(0);
            sct.write(0);
            sct.write(4); // sha256
            sct.write(3); // ecdsa
            sct.write(signature.length >>> 8);
            sct.write(signature.length);
            sct.writeBytes(signature);
            return sct.toByteArray();
        }

        private static void writeLong(ByteArrayOutputStream out, long value) {
            for (int i = 7; i >= 0; i--) {
                out.write((int) (value >>> (8 * i)));
            }
        }
    }

    /** A TLS {@code SignedCertificateTimestampList} holding {@code scts}. */
    static byte[] tlsList(byte[]... scts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] sct : scts) {
            body.write(sct.length >>> 8);
            body.write(sct.length);
            body.writeBytes(sct);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body.size() >>> 8);
        out.write(body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
