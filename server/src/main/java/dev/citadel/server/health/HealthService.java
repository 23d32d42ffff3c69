package dev.citadel.server.health;

import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemType;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /healthz}: the process answers (liveness). {@code GET /readyz}: every {@link ReadinessCheck}
 * passes (database reachable, migrations applied, crypto self-test passed); otherwise 503 problem+json with
 * the per-check results.
 */
public final class HealthService implements HttpService {

    private final List<ReadinessCheck> checks;

    public HealthService(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/healthz", this::liveness);
        rules.get("/readyz", this::readiness);
    }

    private void liveness(ServerRequest req, ServerResponse res) {
        Bodies.sendJson(res, 200, Map.of("status", "alive"));
    }

    private void readiness(ServerRequest req, ServerResponse res) {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessCheck check : checks) {
            try {
                results.put(check.name(), Map.of("status", "up", "detail", check.check()));
            } catch (Exception e) {
                ready = false;
                results.put(check.name(), Map.of("status", "down", "detail", String.valueOf(e.getMessage())));
            }
        }
        if (ready) {
            Bodies.sendJson(res, 200, Map.of("status", "ready", "checks", results));
        } else {
            Bodies.sendProblem(res, Problem.of(ProblemType.NOT_READY, "a readiness check failed").with("checks", results));
        }
    }
}
