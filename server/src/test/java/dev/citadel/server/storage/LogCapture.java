package dev.citadel.server.storage;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Everything logged through java.util.logging (where slf4j-jdk14 sends HikariCP and Flyway, and where the
 * PostgreSQL driver logs) while started, rendered with stack traces, so a test can assert that no secret
 * reached a log.
 */
final class LogCapture extends Handler {

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private final Logger root = Logger.getLogger("");

    LogCapture() {
        setLevel(Level.ALL);
    }

    void start() {
        root.addHandler(this);
    }

    void stop() {
        root.removeHandler(this);
    }

    /** All captured records, one after another. */
    String text() {
        return String.join("\n", lines);
    }

    @Override
    public void publish(LogRecord record) {
        StringWriter out = new StringWriter();
        out.write(formatter.format(record));
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(out));
        }
        lines.add(out.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
