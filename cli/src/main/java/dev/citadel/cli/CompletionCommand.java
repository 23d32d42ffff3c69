package dev.citadel.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel completion bash|zsh}: print a completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a shell completion script.", "bash: source <(citadel completion bash)",
                "zsh:  source <(citadel completion zsh)"})
final class CompletionCommand implements Callable<Integer> {

    /** Shells with a completion script. */
    enum Shell { bash, zsh }

    @Parameters(index = "0", defaultValue = "bash", description = "bash or zsh (default bash)")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("citadel", Main.commandLine(java.util.Map.of()));
        if (shell == Shell.zsh) {
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
