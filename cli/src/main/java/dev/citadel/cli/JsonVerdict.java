package dev.citadel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.Model.CommandSpec;

/** The verify commands' output: one indented JSON verdict on standard output, and the exit code that goes with it. */
final class JsonVerdict {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonVerdict() {}

    /** Prints {@code out}; returns {@link ExitCodes#OK} if {@code verified}, else {@link ExitCodes#FAILED}. */
    static int print(CommandSpec spec, ObjectNode out, boolean verified) {
        PrintWriter w = spec.commandLine().getOut();
        try {
            w.println(JSON.writeValueAsString(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.flush();
        return verified ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
