package dev.citadel.server.config;

import dev.citadel.server.storage.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The server's whole configuration: typed, immutable, validated. Built only by {@link ConfigLoader}, from (in
 * increasing priority) defaults, a file ({@code citadel.toml} or YAML), {@code CITADEL_*} environment
 * variables and command-line flags. See {@code docs/configuration.md} for every key.
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDirectory,
        Optional<String> databaseUrl,
        Optional<String> databaseUser,
        Optional<String> databasePassword,
        int databasePoolSize,
        Optional<Path> tlsCertificate,
        Optional<Path> tlsPrivateKey,
        Duration shutdownGracePeriod,
        boolean accessLog,
        Optional<Path> masterKeyFile,
        Optional<String> masterKey,
        PasswordsSettings passwords,
        Optional<AppAttestSettings> appAttest,
        PasskeysSettings passkeys) {

    /** Whether the listener serves HTTPS. */
    public boolean tls() {
        return tlsCertificate.isPresent();
    }

    /** The storage settings this configuration implies. */
    public DatabaseSettings databaseSettings() {
        return new DatabaseSettings(databaseUrl, databaseUser, databasePassword, databasePoolSize, dataDirectory);
    }

    /** Copy with another port (tests use port 0: any free port). */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDirectory, databaseUrl, databaseUser, databasePassword,
                databasePoolSize, tlsCertificate, tlsPrivateKey, shutdownGracePeriod, accessLog, masterKeyFile, masterKey, passwords, appAttest, passkeys);
    }

    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDirectory=" + dataDirectory + ", databaseUrl="
                + databaseUrl.orElse("(embedded SQLite)") + ", databaseUser=" + databaseUser.orElse("")
                + ", databasePassword=" + (databasePassword.isPresent() ? "***" : "") + ", databasePoolSize="
                + databasePoolSize + ", tlsCertificate=" + tlsCertificate.map(Path::toString).orElse("")
                + ", tlsPrivateKey=" + tlsPrivateKey.map(Path::toString).orElse("") + ", shutdownGracePeriod="
                + shutdownGracePeriod + ", accessLog=" + accessLog + ", masterKeyFile="
                + masterKeyFile.map(Path::toString).orElse("") + ", masterKey=" + (masterKey.isPresent() ? "***" : "")
                + ", passwords=" + passwords + ", appAttest=" + appAttest.map(Object::toString).orElse("off") + ", passkeys=" + passkeys + "]";
    }
}
