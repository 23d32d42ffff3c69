package dev.citadel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel admin keys list|rotate}. Authenticates with {@code CITADEL_ADMIN_TOKEN}. */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"List or rotate the server's own keys (metadata only; key material never leaves the server).",
                "Authenticates with the token in CITADEL_ADMIN_TOKEN; the server is --url or CITADEL_URL",
                "(default http://127.0.0.1:8080)."})
final class KeyCommand {

    /** The purposes the server knows, by wire name (checked here so a typo is a usage error, not a 404). */
    static final List<String> PURPOSES = List.of("token-signing", "cookie-mac", "device-token");

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "server base URL (default: CITADEL_URL or http://127.0.0.1:8080)")
    String url;

    private AdminClient client() {
        return AdminClient.fromEnvironment(Optional.ofNullable(url), Main.of(spec).environment());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys, newest first (scope admin:read).")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-16s  %-13s  %-5s  %-11s  %-24s  %s%n", "ID", "PURPOSE", "ALG", "STATE", "ACTIVATED", "RETIRES/RETIRED");
        for (JsonNode k : client().send("GET", "/admin/keys", null).path("keys")) {
            String end = !k.path("retiredAt").isNull() ? k.path("retiredAt").asText()
                    : !k.path("retireAfter").isNull() ? k.path("retireAfter").asText() : "-";
            out.printf("%-16s  %-13s  %-5s  %-11s  %-24s  %s%n", k.path("id").asText(), k.path("purpose").asText(),
                    k.path("algorithm").asText(), k.path("state").asText(), k.path("activatedAt").asText(), end);
        }
        return ExitCodes.OK;
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Rotate a purpose now: the active key becomes verify-only (scope admin:keys).")
    int rotate(@Parameters(paramLabel = "PURPOSE", description = "token-signing, cookie-mac or device-token")
            String purpose) {
        if (!PURPOSES.contains(purpose)) {
            throw new CliFailure("unknown key purpose '" + purpose + "' (known: " + String.join(", ", PURPOSES) + ")",
                    ExitCodes.USAGE);
        }
        JsonNode key = client().send("POST", "/admin/keys/" + purpose + "/rotate", null);
        spec.commandLine().getOut().println("rotated " + purpose + ": new active key " + key.path("id").asText());
        return ExitCodes.OK;
    }
}
