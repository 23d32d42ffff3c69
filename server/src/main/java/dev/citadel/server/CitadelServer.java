package dev.citadel.server;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.passwords.StrongPasswordGenerator;
import dev.citadel.passwords.breach.BreachChecker;
import dev.citadel.passwords.breach.HttpRangeSource;
import dev.citadel.passwords.breach.OfflineRangeSource;
import dev.citadel.passwords.strength.PasswordStrength;
import dev.citadel.server.admin.AdminService;
import dev.citadel.server.admin.ApiTokens;
import dev.citadel.server.appattest.AppAttestWiring;
import dev.citadel.server.config.PasswordsSettings;
import dev.citadel.server.devicecheck.DeviceCheckService;
import dev.citadel.server.config.ServerConfig;
import dev.citadel.server.health.HealthService;
import dev.citadel.server.http.AccessLog;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.ErrorMapper;
import dev.citadel.server.http.RouteTable;
import dev.citadel.server.http.SecurityHeaders;
import dev.citadel.server.keys.KeyStoreException;
import dev.citadel.server.keys.MasterKey;
import dev.citadel.server.keys.MasterKeys;
import dev.citadel.server.keys.ServerKeys;
import dev.citadel.server.metrics.MetricsService;
import dev.citadel.server.openapi.OpenApiService;
import dev.citadel.server.passkeys.AttestationSettings;
import dev.citadel.server.passkeys.PasskeysWiring;
import dev.citadel.server.passkeys.RelyingPartyCeremonies;
import dev.citadel.server.passwords.PasswordsService;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.Databases;
import dev.citadel.server.storage.InstanceMetadataStore;
import dev.citadel.server.storage.JdbcApiTokenStore;
import dev.citadel.server.storage.JdbcBitStateStore;
import dev.citadel.server.storage.JdbcServerKeyStore;
import dev.citadel.server.storage.JdbcTeamKeyStore;
import dev.citadel.server.storage.StorageException;
import dev.citadel.server.web.PasskeyPages;
import io.helidon.common.configurable.Resource;
import io.helidon.common.pki.Keys;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Citadel server: opens storage (migrating it), runs the crypto self-test, issues the one-time bootstrap
 * admin token, and serves every service over HTTP or HTTPS on virtual threads.
 *
 * <h2>Security guarantees</h2>
 * Every response carries the security headers of {@link SecurityHeaders}; every error is problem+json without
 * internals; request bodies are bounded ({@link Bodies#MAX_ANY_BODY_BYTES} and lower per route); the access
 * log redacts tokens, cookies, e-mail addresses and keys.
 *
 * <h2>Does not</h2>
 * Terminate TLS with client certificates, or rate-limit beyond the passkey ceremony routes (put it behind a
 * proxy that does, for now).
 */
public final class CitadelServer implements AutoCloseable {

    /** How often each replica checks whether a server key is due for rotation or retirement. */
    public static final Duration KEY_ROTATION_CHECK_INTERVAL = Duration.ofHours(1);

    private static final System.Logger LOG = System.getLogger(CitadelServer.class.getName());

    private final ServerConfig config;
    private final Database database;
    private final WebServer webServer;
    private final RouteTable routes;
    private final ServerKeys keys;
    private final ScheduledExecutorService rotation;

    private CitadelServer(ServerConfig config, Database database, WebServer webServer, RouteTable routes,
            ServerKeys keys, ScheduledExecutorService rotation) {
        this.config = config;
        this.database = database;
        this.webServer = webServer;
        this.routes = routes;
        this.keys = keys;
        this.rotation = rotation;
    }

    /**
     * Starts the server. {@code out} receives the human-facing lines (bootstrap token, listening address) and,
     * when enabled, the access log.
     *
     * @throws StartupException with a one-line reason (database unreachable, port in use, bad TLS files, no or
     *         wrong master key…)
     */
    public static CitadelServer start(ServerConfig config, Consumer<String> out) {
        return start(config, out, Clock.systemUTC());
    }

    /**
     * As {@link #start(ServerConfig, Consumer)} with every service's time from {@code clock} (tests pin it, e.g.
     * to verify App Attest samples whose certificates have expired at the sample's own instant).
     */
    public static CitadelServer start(ServerConfig config, Consumer<String> out, Clock clock) {
        SelfTest.run();
        Database database;
        try {
            database = Databases.open(config.databaseSettings());
        } catch (StorageException e) {
            throw new StartupException(e.getMessage(), e);
        }
        ServerKeys keys = null;
        ScheduledExecutorService rotation = null;
        try {
            keys = openKeys(config, database, out, clock);
            InstanceMetadataStore metadata = new InstanceMetadataStore(database);
            metadata.getOrCreate("instance.id", () -> UUID.randomUUID().toString());
            metadata.getOrCreate("instance.created-at", () -> clock.instant().toString());
            ApiTokens tokens = new ApiTokens(new JdbcApiTokenStore(database), metadata, RandomSource.system(),
                    clock);
            tokens.bootstrapIfFirstStart().ifPresent(issued -> out.accept(
                    "Bootstrap admin token (shown once, store it now): " + issued.secret()));

            AppAttestWiring appAttest = AppAttestWiring.of(config.appAttest(), database, clock);
            AttestationSettings attestation = AttestationSettings.load(config.passkeys(), clock);
            PasskeysWiring passkeys = new PasskeysWiring(config.passkeys(), database, metadata,
                    origins -> RelyingPartyCeremonies.create(config.passkeys().rpId(), config.passkeys().rpName(), origins,
                            attestation.trust(), clock), attestation.names(), clock);
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ProcessorMetrics(),
                    new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
            List<HttpService> services = List.of(
                    new HealthService(ServerChecks.of(database, keys)),
                    new MetricsService(registry),
                    new OpenApiService(),
                    new AdminService(tokens, metadata, keys),
                    passwordsService(config.passwords()),
                    appAttest.service(),
                    DeviceCheckService.create(new JdbcTeamKeyStore(database), new JdbcBitStateStore(database), keys, tokens,
                            clock, appAttest.guard()),
                    passkeys.passkeysService(),
                    passkeys.accountService(),
                    new PasskeyPages());
            AccessLog accessLog = new AccessLog(out, registry, clock, config.accessLog());

            RouteTable routes = RouteTable.of(services);
            WebServer server = listener(config).routing(r -> routing(r, services, routes, accessLog)).build();
            requirePortFree(config);
            try {
                server.start();
            } catch (RuntimeException e) {
                throw new StartupException(bindFailure(config, e), e);
            }
            if (!server.isRunning()) {
                throw new StartupException("cannot start the listener on " + config.host() + ":" + config.port()
                        + " (is another server using the port? set --port or CITADEL_PORT)", null);
            }
            passkeys.bind(server.port(), config.tls());
            rotation = scheduleRotation(keys);
            CitadelServer citadel = new CitadelServer(config, database, server, routes, keys, rotation);
            out.accept("Citadel listening on " + citadel.uri() + " (database: " + describe(config, database) + ")");
            return citadel;
        } catch (RuntimeException e) {
            if (rotation != null) {
                rotation.shutdownNow();
            }
            if (keys != null) {
                keys.close();
            }
            database.close();
            throw e;
        }
    }

    /** Loads the master key, checks it against the key store, and runs the rotation that is due. */
    private static ServerKeys openKeys(ServerConfig config, Database database, Consumer<String> out, Clock clock) {
        try {
            MasterKey master = MasterKeys.load(new MasterKeys.Source(config.masterKey(), config.masterKeyFile(),
                    database.backend() == Database.Backend.SQLITE, config.dataDirectory()), RandomSource.system(), out);
            ServerKeys keys = new ServerKeys(new JdbcServerKeyStore(database), master, RandomSource.system(), clock);
            try {
                keys.verifyMasterKey();
                keys.rotateIfDue();
                return keys;
            } catch (RuntimeException e) {
                keys.close();
                throw e;
            }
        } catch (KeyStoreException e) {
            throw new StartupException(e.getMessage(), e);
        }
    }

    private static ScheduledExecutorService scheduleRotation(ServerKeys keys) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("citadel-key-rotation").factory());
        long every = KEY_ROTATION_CHECK_INTERVAL.toSeconds();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                ServerKeys.Rotation done = keys.rotateIfDue();
                if (!done.rotated().isEmpty() || !done.retired().isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, "server keys rotated: " + done.rotated() + ", retired: "
                            + done.retired());
                }
            } catch (RuntimeException e) { // the next run retries; readiness reports a broken key store
                LOG.log(System.Logger.Level.WARNING, "server key rotation failed: " + e.getMessage(), e);
            }
        }, every, every, TimeUnit.SECONDS);
        return scheduler;
    }

    /** The passwords service with the configured breach source (none, HTTP range queries, or prefix files). */
    static PasswordsService passwordsService(PasswordsSettings settings) {
        Optional<BreachChecker> breach = switch (settings.breachCheck()) {
            case OFF -> Optional.empty();
            case ONLINE -> Optional.of(new BreachChecker(new HttpRangeSource(settings.breachRangeUrl(),
                    HttpRangeSource.DEFAULT_TIMEOUT, true)));
            case OFFLINE -> Optional.of(new BreachChecker(new OfflineRangeSource(settings.breachPrefixDirectory().orElseThrow())));
        };
        return new PasswordsService(StrongPasswordGenerator.system(), PasswordStrength.standard(), breach,
                settings.changePasswordUrl());
    }

    /**
     * The routing of every service, shared by the server and by tests: security headers, access log, the
     * services, the 404/405 fallback, and the one error mapper.
     */
    public static void routing(HttpRouting.Builder routing, List<HttpService> services, RouteTable routes,
            AccessLog accessLog) {
        routing.addFilter(new SecurityHeaders());
        routing.addFilter(accessLog);
        services.forEach(routing::register);
        routing.any(routes.fallback());
        ErrorMapper.register(routing);
    }

    private static WebServerConfig.Builder listener(ServerConfig config) {
        WebServerConfig.Builder builder = WebServer.builder()
                .host(config.host())
                .port(config.port())
                .shutdownHook(false)
                .shutdownGracePeriod(config.shutdownGracePeriod())
                .maxPayloadSize(Bodies.MAX_ANY_BODY_BYTES)
                .directHandlers(ErrorMapper.directHandlers());
        if (config.tls()) {
            Keys keys;
            try {
                keys = Keys.builder().pem(pem -> pem.key(Resource.create(config.tlsPrivateKey().orElseThrow()))
                        .certChain(Resource.create(config.tlsCertificate().orElseThrow()))).build();
                Keys k = keys;
                builder.tls(tls -> tls.privateKey(k.privateKey().orElseThrow(() -> new IllegalArgumentException("no private key in " + config.tlsPrivateKey().get())))
                        .privateKeyCertChain(k.certChain()));
            } catch (RuntimeException e) {
                throw new StartupException("cannot load TLS key and certificate ("
                        + config.tlsPrivateKey().get() + ", " + config.tlsCertificate().get() + "): " + e.getMessage(), e);
            }
        }
        return builder;
    }

    /** Checks the port first so the common failure reads as one line, not as the web server's stack trace. */
    private static void requirePortFree(ServerConfig config) {
        if (config.port() == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(config.host(), config.port()));
        } catch (java.io.IOException e) {
            throw new StartupException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                    + " (is another server using the port? set --port or CITADEL_PORT)", e);
        }
    }

    private static String bindFailure(ServerConfig config, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + config.host() + ":" + config.port() + ": " + t.getMessage()
                        + " (is another server using the port? set --port or CITADEL_PORT)";
            }
        }
        return "cannot start the listener on " + config.host() + ":" + config.port() + ": " + e.getMessage();
    }

    private static String describe(ServerConfig config, Database database) {
        return database.backend() == Database.Backend.SQLITE
                ? "SQLite " + config.databaseUrl().orElse(config.dataDirectory().resolve("citadel.db").toString())
                : "PostgreSQL";
    }

    /** The port actually bound (differs from the configured one when that is 0). */
    public int port() {
        return webServer.port();
    }

    /** Base URI, e.g. {@code http://127.0.0.1:8080}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create((config.tls() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** The routes the services declare. */
    public RouteTable routes() {
        return routes;
    }

    public Database database() {
        return database;
    }

    /** The server's key ring. */
    public ServerKeys keys() {
        return keys;
    }

    /** Graceful stop: no new connections; in-flight requests get the grace period; then storage closes. */
    @Override
    public void close() {
        try {
            webServer.stop();
        } finally {
            rotation.shutdownNow();
            keys.close();
            database.close();
        }
    }
}
