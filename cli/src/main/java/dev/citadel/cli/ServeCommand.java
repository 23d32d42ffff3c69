package dev.citadel.cli;

import dev.citadel.server.CitadelServer;
import dev.citadel.server.config.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code citadel serve}: run the server until SIGTERM/SIGINT, then stop gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Citadel server (default http://localhost:8080, embedded SQLite in ./data).",
                "Stops gracefully on SIGTERM or Ctrl-C: in-flight requests finish, then the database closes."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = options.load(Main.of(spec).environment(), Path.of("").toAbsolutePath());
        PrintWriter out = spec.commandLine().getOut();
        CitadelServer server = CitadelServer.start(config, line -> {
            out.println(line);
            out.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Citadel stopping: finishing in-flight requests (up to "
                    + config.shutdownGracePeriod().toSeconds() + " s)");
            out.flush();
            server.close();
            stopped.countDown();
        }, "citadel-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
