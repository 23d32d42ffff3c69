package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.server.CitadelServer;
import dev.citadel.server.config.ConfigLoader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel devicecheck …} against Citadel's own compatible service on a real server. */
class DeviceCheckCommandTest {

    static final String TEAM = "A1B2C3D4E5";
    static final String KEY = "KEY1234567";

    @TempDir
    Path dir;

    static HttpResponse<String> post(URI uri, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updateQueryValidateAndAuthorizationTokenAgainstTheServer() throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        var config = new ConfigLoader(Map.of(), dir).resolve(Map.of("port", "0", "data-dir", dir.resolve("data").toString(),
                "access-log.enabled", "false"), Optional.empty());
        try (CitadelServer server = CitadelServer.start(config, output::add);
                P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate()) {
            String admin = output.stream().filter(l -> l.startsWith("Bootstrap")).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                    .findFirst().orElseThrow();
            Path p8 = Files.writeString(dir.resolve("AuthKey_" + KEY + ".p8"), key.pemRepresentation(SecretAccess.insecure()));
            assertThat(post(server.uri().resolve("/admin/devicecheck/teams/" + TEAM + "/keys"),
                    "{\"keyId\":\"" + KEY + "\",\"publicKey\":\"" + key.publicKey().pemRepresentation().replace("\n", "\\n") + "\"}",
                    "Authorization", "Bearer " + admin).statusCode()).isEqualTo(201);
            Matcher m = Pattern.compile("\"device_token\":\"([^\"]+)\"").matcher(
                    post(server.uri().resolve("/devicecheck/device-tokens"), "{\"team_id\":\"" + TEAM + "\"}").body());
            assertThat(m.find()).isTrue();
            String token = m.group(1);
            String[] common = {"--team-id", TEAM, "--key-id", KEY, "--key", p8.toString(), "--base-url",
                    server.uri().resolve("/devicecheck/v1/").toString(), "--device-token", token};

            var first = run(concat(new String[] {"devicecheck", "query"}, common));
            assertThat(first.out()).as(first.err()).isEqualTo("{\"bit_state\":\"not-found\"}\n");
            var update = run(concat(new String[] {"devicecheck", "update", "--bit1", "true"}, common));
            assertThat(update.code()).as(update.err()).isZero();
            assertThat(update.out()).isEqualTo("{\"updated\":true}\n");
            assertThat(run(concat(new String[] {"devicecheck", "query"}, common)).out())
                    .isEqualTo("{\"bit0\":false,\"bit1\":true,\"last_update_time\":\"" + YearMonth.now(ZoneOffset.UTC) + "\"}\n");
            assertThat(run(concat(new String[] {"devicecheck", "validate"}, common)).out()).startsWith("{\"valid\":true,");

            String[] bad = common.clone();
            bad[bad.length - 1] = "bm90IGEgdG9rZW4=";
            var refused = run(concat(new String[] {"devicecheck", "validate"}, bad));
            assertThat(refused.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(refused.err()).contains("BAD_DEVICE_TOKEN").contains("Missing or incorrectly formatted device token payload");
            assertThat(run(concat(new String[] {"devicecheck", "update"}, common)).code()).isEqualTo(ExitCodes.USAGE);

            var jwt = run("devicecheck", "authorization-token", "--team-id", TEAM, "--key-id", KEY, "--key", p8.toString());
            assertThat(jwt.out()).matches("ey[A-Za-z0-9_-]+\\.ey[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{86}\n");
        }
    }

    private static PasswordCommandTest.Result run(String... args) {
        return PasswordCommandTest.run("", args);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
