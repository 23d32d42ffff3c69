package dev.citadel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.trust.ct.CtInput;
import dev.citadel.trust.ct.CtLog;
import dev.citadel.trust.ct.CtPolicy;
import dev.citadel.trust.ct.CtReport;
import dev.citadel.trust.ct.CtVerdict;
import dev.citadel.trust.ct.CtVerifier;
import dev.citadel.trust.ct.LogApi;
import dev.citadel.trust.ct.LogId;
import dev.citadel.trust.ct.LogList;
import dev.citadel.trust.ct.LogState;
import dev.citadel.trust.ct.LogStatus;
import dev.citadel.trust.ct.SctLists;
import dev.citadel.trust.ct.SignedCertificateTimestamp;
import dev.citadel.trust.ct.VerifiedSct;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * SCT verification on real chains of the shared vectors ({@code CITADEL_VECTORS}, default
 * {@code ../shared/vectors}): one embedded SCT of google.com (a P-256 log; parse the leaf, rebuild the
 * precertificate TBS, hash the issuer key, verify) against the floor of that work — one cryptokit P-256
 * ECDSA verify over a message of the same size — and a whole Apple-policy evaluation of bing.com (3 SCTs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CtBenchmark {

    static final Instant AT = Instant.parse("2026-03-20T00:00:00Z");

    CtVerifier apple;
    CtInput google;
    CtInput bing;
    SignedCertificateTimestamp sct;
    P256.Signing.PublicKey floorKey;
    P256.Signing.ECDSASignature floorSignature;
    byte[] floorMessage;

    @Setup
    public void setup() throws IOException {
        Path root = Path.of(Optional.ofNullable(System.getenv("CITADEL_VECTORS")).orElse("../shared/vectors")).resolve("ct/real-scts");
        apple = new CtVerifier(logList(root.resolve("logs.json")), CtPolicy.APPLE);
        google = input(root.resolve("chains/google.com.pem"));
        bing = input(root.resolve("chains/bing.com.pem"));
        sct = SctLists.fromCertificate(google.leafDer()).getFirst();
        apple.verify(sct, google, AT); // fail setup, not the measurement, if the data is wrong
        if (!(apple.evaluate(bing, AT) instanceof CtVerdict.Compliant)) {
            throw new IllegalStateException("bing.com should comply");
        }
        try (P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate()) {
            floorKey = key.publicKey();
            floorMessage = new byte[google.leafDer().length + 60];
            floorSignature = key.signature(floorMessage);
        }
    }

    private static CtInput input(Path pem) {
        List<byte[]> chain = CtReport.readPemChain(pem);
        return CtInput.of(chain.get(0), chain.get(1));
    }

    /** logs.json (keys, operators, types; no states) as a log list with every log usable. */
    private static LogList logList(Path logsJson) throws IOException {
        JsonNode source = new ObjectMapper().readTree(logsJson.toFile());
        List<CtLog> logs = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        for (JsonNode log : source.get("logs")) {
            String operator = log.get("operator").asText();
            if (!operators.contains(operator)) {
                operators.add(operator);
            }
            logs.add(new CtLog(log.get("description").asText(), LogId.fromBase64(log.get("log_id").asText()),
                    log.get("key").asText(), log.get("type").asText().equals("rfc6962") ? LogApi.RFC6962 : LogApi.STATIC_CT_API,
                    operator, List.of(), 86_400, Optional.of(new LogState(LogStatus.USABLE, Instant.parse("2025-01-01T00:00:00Z"))),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new LogList("bench", Optional.empty(), operators, logs);
    }

    @Benchmark
    public VerifiedSct sctVerify_citadel() {
        return apple.verify(sct, google, AT);
    }

    @Benchmark
    public VerifiedSignature sctVerify_ecdsaFloor() {
        return floorKey.verify(floorSignature, floorMessage);
    }

    @Benchmark
    public CtVerdict applePolicyBing3Scts_citadel() {
        return apple.evaluate(bing, AT);
    }
}
