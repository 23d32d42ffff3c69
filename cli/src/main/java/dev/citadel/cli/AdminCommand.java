package dev.citadel.cli;

import picocli.CommandLine.Command;

/** {@code citadel admin …}: talk to a running server's admin API. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Administer a running Citadel server.",
        subcommands = {TokenCommand.class, KeyCommand.class})
final class AdminCommand {
}
