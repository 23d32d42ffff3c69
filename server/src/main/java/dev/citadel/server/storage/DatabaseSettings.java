package dev.citadel.server.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to reach the database. With no {@code url} the server uses SQLite at
 * {@code <dataDirectory>/citadel.db}; with a {@code jdbc:postgresql:} URL it uses PostgreSQL;
 * a {@code jdbc:sqlite:} URL names another SQLite file.
 *
 * @param url        JDBC URL, or empty for the embedded default
 * @param user       PostgreSQL user (may be empty: taken from the URL)
 * @param password   PostgreSQL password (may be empty); never logged
 * @param poolSize   maximum connections (PostgreSQL; SQLite uses its own small pool)
 * @param dataDirectory the server's data directory
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password, int poolSize,
        Path dataDirectory) {

    public DatabaseSettings {
        if (poolSize < 1 || poolSize > 1000) {
            throw new IllegalArgumentException("poolSize must be 1..1000");
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url.orElse("(embedded SQLite)") + ", user=" + user.orElse("") + ", password="
                + (password.isPresent() ? "***" : "") + ", poolSize=" + poolSize + ", dataDirectory=" + dataDirectory + "]";
    }
}
