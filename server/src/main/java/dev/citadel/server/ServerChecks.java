package dev.citadel.server;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.server.health.ReadinessCheck;
import dev.citadel.server.keys.ServerKeys;
import dev.citadel.server.storage.Database;
import java.util.List;

/** The readiness checks of the server: database, migrations, crypto self-test, server key store. */
final class ServerChecks {

    private ServerChecks() {}

    static List<ReadinessCheck> of(Database database, ServerKeys keys) {
        return List.of(
                check("database", () -> {
                    database.ping();
                    return database.backend().name().toLowerCase(java.util.Locale.ROOT) + " reachable";
                }),
                check("migrations", () -> {
                    Database.MigrationState state = database.migrations();
                    if (!state.upToDate()) {
                        throw new IllegalStateException(state.pending() + " migrations pending");
                    }
                    return "schema version " + state.appliedVersion();
                }),
                check("crypto-self-test", () -> {
                    SelfTest.Result result = SelfTest.run();
                    if (!result.passed()) {
                        throw new IllegalStateException("self-test failed: " + result.failure());
                    }
                    return "passed: " + String.join(", ", result.algorithms());
                }),
                check("server-keys", () -> {
                    int checked = keys.verifyMasterKey();
                    return "master key " + keys.masterKeyFingerprint() + " matches the key store"
                            + (checked == 0 ? " (no keys yet)" : "");
                }));
    }

    private interface Body {
        String run() throws Exception;
    }

    private static ReadinessCheck check(String name, Body body) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String check() throws Exception {
                return body.run();
            }
        };
    }
}
