package dev.citadel.cli;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.server.config.ConfigException;
import dev.citadel.server.config.ServerConfig;
import dev.citadel.server.keys.KeyStoreException;
import dev.citadel.server.keys.MasterKey;
import dev.citadel.server.keys.MasterKeyFingerprint;
import dev.citadel.server.keys.MasterKeys;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.Databases;
import dev.citadel.server.storage.JdbcServerKeyStore;
import dev.citadel.server.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code citadel doctor}: checks the JDK, security providers, configuration, database, master key and the
 * crypto self-test, one line each; exits 1 if any check fails. It never writes: no migration, no generated key.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the JDK, configuration, database and crypto self-test.",
                "Also lists the security providers. Exit 1 if a check fails."})
final class DoctorCommand implements Callable<Integer> {

    /** The oldest Java feature release Citadel runs on. */
    static final int MINIMUM_JAVA = 25;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Spec
    CommandSpec spec;

    private PrintWriter out;
    private boolean healthy = true;

    @Override
    public Integer call() {
        out = spec.commandLine().getOut();
        Runtime.Version runtime = Runtime.version();
        report(runtime.feature() >= MINIMUM_JAVA, "jdk", runtime + " (" + System.getProperty("java.vendor") + ")"
                + (runtime.feature() >= MINIMUM_JAVA ? "" : ": Citadel needs Java " + MINIMUM_JAVA + " or later"));
        report(true, "security providers", Arrays.stream(Security.getProviders()).map(Provider::getName)
                .collect(Collectors.joining(", ")));
        SelfTest.Result selfTest = SelfTest.run();
        report(selfTest.passed(), "crypto self-test", selfTest.passed()
                ? "passed (" + String.join(", ", selfTest.algorithms()) + ")" : selfTest.failure());
        ServerConfig config;
        try {
            config = options.load(Main.of(spec).environment(), Path.of("").toAbsolutePath());
            report(true, "configuration", config.toString());
        } catch (ConfigException e) {
            report(false, "configuration", e.getMessage());
            return finish();
        }
        try (Database database = Databases.inspect(config.databaseSettings())) { // looks, never migrates
            database.ping();
            Database.MigrationState state = database.migrations();
            report(true, "database", database.backend().name().toLowerCase(java.util.Locale.ROOT)
                    + " reachable, schema version " + state.appliedVersion()
                    + (state.upToDate() ? "" : ", " + state.pending() + " migrations pending (the server applies them when it starts)"));
            checkMasterKey(config, database, state);
        } catch (StorageException e) {
            report(false, "database", e.getMessage());
        }
        return finish();
    }

    /** The master key the server would use, and whether it matches the stored keys; never generates one. */
    private void checkMasterKey(ServerConfig config, Database database, Database.MigrationState state) {
        Path generated = config.dataDirectory().resolve(MasterKeys.DEFAULT_FILE_NAME);
        boolean sqlite = database.backend() == Database.Backend.SQLITE;
        Optional<Path> file = config.masterKeyFile().or(() -> config.masterKey().isEmpty() && sqlite
                && Files.exists(generated) ? Optional.of(generated) : Optional.empty());
        if (config.masterKey().isEmpty() && file.isEmpty() && sqlite) {
            report(true, "master key", "none yet; the server generates " + generated + " on first start");
            return;
        }
        try (MasterKey master = MasterKeys.load(new MasterKeys.Source(config.masterKey(), file, false,
                config.dataDirectory()), dev.citadel.corecrypto.RandomSource.system(), line -> {})) {
            Set<MasterKeyFingerprint> stored = schemaVersion(state) >= 2
                    ? new JdbcServerKeyStore(database).fingerprints() : Set.of();
            boolean matches = stored.stream().allMatch(master.fingerprint()::equals);
            report(matches, "master key", matches
                    ? master.fingerprint() + (stored.isEmpty() ? " (no stored keys yet)" : " matches the key store")
                    : "master key does not match the key store (stored: " + stored + ", configured: "
                            + master.fingerprint() + ")");
        } catch (KeyStoreException e) {
            report(false, "master key", e.getMessage());
        }
    }

    private static int schemaVersion(Database.MigrationState state) {
        try {
            return Integer.parseInt(state.appliedVersion());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private int finish() {
        out.println(healthy ? "All checks passed." : "Some checks failed.");
        out.flush();
        return healthy ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private void report(boolean ok, String name, String detail) {
        healthy &= ok;
        out.printf("%-4s %s: %s%n", ok ? "ok" : "FAIL", name, detail);
    }
}
