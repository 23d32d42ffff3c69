package dev.citadel.cli;

import dev.citadel.attest.devicecheck.BitUpdate;
import dev.citadel.attest.devicecheck.DeviceCheckClient;
import dev.citadel.attest.devicecheck.DeviceCheckCredentials;
import dev.citadel.attest.devicecheck.DeviceCheckEnvironment;
import dev.citadel.attest.devicecheck.DeviceCheckException;
import dev.citadel.attest.devicecheck.TwoBitsQuery;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citadel devicecheck query|update|validate|authorization-token}: the DeviceCheck client against
 * Apple (production or development) or a compatible service (Citadel's own, by base URL), with a team's
 * {@code .p8} key. Results are one JSON line; a refusal exits 1 with Apple's reason, an unreachable or
 * failing service exits 4.
 */
@Command(name = "devicecheck", mixinStandardHelpOptions = true,
        description = "Query, update and validate DeviceCheck bits (Apple's API or a compatible service).",
        subcommands = {DeviceCheckCommand.Query.class, DeviceCheckCommand.Update.class, DeviceCheckCommand.Validate.class,
                DeviceCheckCommand.AuthorizationToken.class})
final class DeviceCheckCommand {

    /** Largest .p8 file read (a PEM P-256 PKCS#8 key is about 250 bytes). */
    static final int MAX_KEY_FILE_BYTES = 16 * 1024;

    /** The team's key and where to send requests. */
    static final class Connection {
        @Option(names = "--team-id", required = true, paramLabel = "TEAM", description = "team id (iss), 10 characters")
        String teamId;

        @Option(names = "--key-id", required = true, paramLabel = "KEY", description = "key id (kid), 10 characters")
        String keyId;

        @Option(names = "--key", required = true, paramLabel = "FILE.p8", description = "the team's PKCS#8 EC P-256 private key (AuthKey_KEY.p8)")
        Path key;

        @Option(names = "--base-url", paramLabel = "URL", description = "a compatible service, e.g. http://localhost:8080/devicecheck/v1/")
        URI baseUrl;

        @Option(names = "--environment", paramLabel = "ENV", defaultValue = "production",
                description = "Apple host when no --base-url: production (default) or development")
        String environment;

        DeviceCheckCredentials credentials() {
            try {
                if (Files.size(key) > MAX_KEY_FILE_BYTES) {
                    throw new CliFailure(key + " is larger than a .p8 key file", ExitCodes.USAGE);
                }
                return DeviceCheckCredentials.fromP8(teamId, keyId, Files.readString(key, StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new CliFailure("cannot read " + key + ": " + e.getMessage(), ExitCodes.USAGE);
            } catch (DeviceCheckException e) {
                throw new CliFailure(e.getMessage(), ExitCodes.USAGE);
            }
        }

        <T> T withClient(Function<DeviceCheckClient, T> call) {
            try (DeviceCheckCredentials credentials = credentials()) {
                DeviceCheckClient.Builder builder = DeviceCheckClient.builder(credentials);
                if (baseUrl != null) {
                    builder.baseUrl(baseUrl);
                } else {
                    builder.environment(switch (environment) {
                        case "production" -> DeviceCheckEnvironment.PRODUCTION;
                        case "development" -> DeviceCheckEnvironment.DEVELOPMENT;
                        default -> throw new CliFailure("--environment is production or development", ExitCodes.USAGE);
                    });
                }
                return call.apply(builder.build());
            } catch (DeviceCheckException e) {
                int code = switch (e) {
                    case DeviceCheckException.Refused r when r.reason() == DeviceCheckException.Reason.INVALID_ARGUMENT -> ExitCodes.USAGE;
                    case DeviceCheckException.Refused r -> ExitCodes.FAILED;
                    case DeviceCheckException.Unavailable u -> ExitCodes.UNAVAILABLE;
                    case DeviceCheckException.ProtocolViolation p -> ExitCodes.UNAVAILABLE;
                };
                throw new CliFailure(e.getMessage(), code);
            }
        }
    }

    abstract static class DeviceCall implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection = new Connection();

        @Option(names = "--device-token", required = true, paramLabel = "TOKEN", description = "the device token (base64)")
        String deviceToken;

        void print(String json) {
            spec.commandLine().getOut().println(json);
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, description = "Print the two bits: {\"bit0\":…,\"bit1\":…,\"last_update_time\":\"YYYY-MM\"} or {\"bit_state\":\"not-found\"}.")
    static final class Query extends DeviceCall {
        @Override
        public Integer call() {
            print(connection.withClient(client -> switch (client.queryTwoBits(deviceToken)) {
                case TwoBitsQuery.Found f -> "{\"bit0\":" + f.bit0() + ",\"bit1\":" + f.bit1() + ",\"last_update_time\":\""
                        + f.lastUpdateTime() + "\"}";
                case TwoBitsQuery.NotFound n -> "{\"bit_state\":\"not-found\"}";
            }));
            return ExitCodes.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Set bit0, bit1 or both.")
    static final class Update extends DeviceCall {
        @Option(names = "--bit0", arity = "1", paramLabel = "BOOL", description = "true or false") Boolean bit0;
        @Option(names = "--bit1", arity = "1", paramLabel = "BOOL", description = "true or false") Boolean bit1;

        @Override
        public Integer call() {
            if (bit0 == null && bit1 == null) {
                throw new CliFailure("give --bit0, --bit1 or both", ExitCodes.USAGE);
            }
            connection.withClient(client -> {
                client.updateTwoBits(deviceToken, new BitUpdate(Optional.ofNullable(bit0), Optional.ofNullable(bit1)));
                return null;
            });
            print("{\"updated\":true}");
            return ExitCodes.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Validate a device token (exit 1 if refused).")
    static final class Validate extends DeviceCall {
        @Override
        public Integer call() {
            String transaction = connection.withClient(client -> client.validateDeviceToken(deviceToken).transactionId());
            print("{\"valid\":true,\"transaction_id\":\"" + transaction + "\"}");
            return ExitCodes.OK;
        }
    }

    @Command(name = "authorization-token", mixinStandardHelpOptions = true,
            description = "Print an ES256 authorization token (JWT) for the Authorization: Bearer header, valid an hour.")
    static final class AuthorizationToken implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Connection connection = new Connection();

        @Override
        public Integer call() {
            try (DeviceCheckCredentials credentials = connection.credentials()) {
                spec.commandLine().getOut().println(credentials.authorizationToken(Instant.now()));
            }
            return ExitCodes.OK;
        }
    }
}
