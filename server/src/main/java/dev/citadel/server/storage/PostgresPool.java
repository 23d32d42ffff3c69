package dev.citadel.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.citadel.server.storage.StorageException.Reason;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connection pool for PostgreSQL (or a PostgreSQL-compatible server): HikariCP over the PostgreSQL JDBC
 * driver, {@link DatabaseSettings#poolSize()} connections.
 *
 * <p>Opening connects once before returning, and fails fast: an unreachable server gives
 * {@code StorageException(UNAVAILABLE, "database unreachable: <host:port>: <cause>")} within
 * {@link #CONNECT_TIMEOUT}. Messages name the host and port only, never the URL (which may carry a password)
 * and never the password.
 *
 * <p>The pool wraps an unpooled {@link PGSimpleDataSource} ({@link HikariDataSource#getDataSource()}), which
 * schema migrations use directly: Flyway holds two connections at once on PostgreSQL, and must neither
 * starve the pool nor be starved by it (a pool of one would otherwise deadlock migration).
 */
final class PostgresPool {

    /** URL prefix of the PostgreSQL JDBC driver. */
    static final String URL_PREFIX = "jdbc:postgresql:";
    /**
     * Bound on opening a TCP connection and logging in, and on waiting for a pooled connection. Short, so a
     * server started against an unreachable database reports it at once rather than hanging.
     */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final String POOL_NAME = "citadel-postgresql";
    private static final String APPLICATION_NAME = "citadel";

    private PostgresPool() {}

    static HikariDataSource open(String url, DatabaseSettings settings) {
        Properties parsed = parse(url);
        String hosts = hostsAndPorts(parsed);
        Optional<String> password = settings.password().filter(p -> !p.isEmpty())
                .or(() -> Optional.ofNullable(PGProperty.PASSWORD.getOrDefault(parsed)));
        int timeoutSeconds = Math.toIntExact(CONNECT_TIMEOUT.toSeconds());
        PGSimpleDataSource connections = new PGSimpleDataSource();
        connections.setUrl(url); // parse() has vetted it, so this does not throw with the URL in its message
        settings.user().filter(u -> !u.isEmpty()).ifPresent(connections::setUser);
        settings.password().filter(p -> !p.isEmpty()).ifPresent(connections::setPassword);
        connections.setConnectTimeout(timeoutSeconds);
        connections.setLoginTimeout(timeoutSeconds);
        connections.setApplicationName(APPLICATION_NAME);

        HikariConfig pool = new HikariConfig();
        pool.setPoolName(POOL_NAME);
        pool.setDataSource(connections);
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new StorageException(Reason.UNAVAILABLE, "database unreachable: " + hosts + ": "
                    + SqlFailures.summary(e, password), e);
        }
    }

    /**
     * The driver's reading of {@code url}. Shapes the driver would reject are refused here first, because the
     * driver logs a rejected URL in full, password included.
     */
    private static Properties parse(String url) {
        String rest = url.substring(URL_PREFIX.length());
        int query = rest.indexOf('?');
        String hostsAndDatabase = query < 0 ? rest : rest.substring(0, query);
        int hostsEnd = hostsAndDatabase.indexOf('/', 2);
        boolean wellFormed = !hostsAndDatabase.startsWith("//") // else: //hosts/database, no user:password@
                || (hostsEnd > 0 && hostsAndDatabase.substring(0, hostsEnd).indexOf('@') < 0);
        wellFormed &= query < 0 || decodes(rest.substring(query + 1));
        Properties parsed = wellFormed ? Driver.parseURL(url, null) : null;
        if (parsed == null) {
            throw new StorageException(Reason.UNAVAILABLE, "malformed PostgreSQL URL (not shown: it may contain a "
                    + "password); expected jdbc:postgresql://host:port/database", null);
        }
        return parsed;
    }

    private static boolean decodes(String query) {
        try {
            URLDecoder.decode(query, StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code host:port[,host:port…]} as the driver reads them from the URL. */
    private static String hostsAndPorts(Properties parsed) {
        String[] hosts = PGProperty.PG_HOST.getOrDefault(parsed).split(",");
        String[] ports = PGProperty.PG_PORT.getOrDefault(parsed).split(",");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hosts.length; i++) {
            out.append(i == 0 ? "" : ",").append(hosts[i]).append(':').append(i < ports.length ? ports[i] : "");
        }
        return out.toString();
    }
}
