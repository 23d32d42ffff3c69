package dev.citadel.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code citadel version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print Citadel's and Java's versions.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String line : Version.lines()) {
            spec.commandLine().getOut().println(line);
        }
        return ExitCodes.OK;
    }
}
