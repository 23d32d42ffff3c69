package dev.citadel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel admin token create|list|revoke}. Authenticates with {@code CITADEL_ADMIN_TOKEN}. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Manage admin API tokens of a running server.",
                "Authenticates with the token in CITADEL_ADMIN_TOKEN; the server is --url or CITADEL_URL",
                "(default http://127.0.0.1:8080)."})
final class TokenCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "server base URL (default: CITADEL_URL or http://127.0.0.1:8080)")
    String url;

    private AdminClient client() {
        return AdminClient.fromEnvironment(Optional.ofNullable(url), Main.of(spec).environment());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token; prints the token alone on standard output (shown once)."})
    int create(@Option(names = "--name", required = true, description = "label, 1-64 characters") String name,
            @Option(names = "--scope", required = true, split = ",",
                    description = "admin:read, admin:tokens, admin:keys and/or admin:devicecheck (repeat or comma-separate)") List<String> scopes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("scopes", scopes);
        JsonNode created = client().send("POST", "/admin/tokens", body);
        spec.commandLine().getErr().println("created token " + created.path("id").asText() + " (" + name
                + "); store it now, it is not shown again");
        spec.commandLine().getOut().println(created.path("token").asText());
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-16s  %-24s  %-26s  %-24s  %s%n", "ID", "NAME", "SCOPES", "CREATED", "STATE");
        for (JsonNode t : client().send("GET", "/admin/tokens", null).path("tokens")) {
            List<String> scopes = new java.util.ArrayList<>();
            t.path("scopes").forEach(s -> scopes.add(s.asText()));
            out.printf("%-16s  %-24s  %-26s  %-24s  %s%n", t.path("id").asText(), t.path("name").asText(),
                    String.join(",", scopes), t.path("createdAt").asText(),
                    t.path("revokedAt").isNull() ? "active" : "revoked " + t.path("revokedAt").asText());
        }
        return ExitCodes.OK;
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by id.")
    int revoke(@Parameters(paramLabel = "ID", description = "token id (16 hex characters)") String id) {
        if (!id.matches("[0-9a-f]{16}")) {
            throw new CliFailure("a token id is 16 lowercase hex characters", ExitCodes.USAGE);
        }
        client().send("DELETE", "/admin/tokens/" + id, null);
        spec.commandLine().getOut().println("revoked " + id);
        return ExitCodes.OK;
    }
}
