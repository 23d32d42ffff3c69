package dev.citadel.cli;

/** The CLI's documented exit codes (also in {@code docs/cli.md}). */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command ran and found a problem (a failed doctor check, a refused admin operation). */
    public static final int FAILED = 1;
    /** Bad usage: unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** Invalid configuration (unknown key, bad value). */
    public static final int CONFIG = 3;
    /** The server could not start, or could not be reached. */
    public static final int UNAVAILABLE = 4;

    private ExitCodes() {}
}
