package dev.citadel.server.config;

/** A configuration problem. The message is one line that names the key and where its value came from. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The offending key (canonical dotted form), or the file/variable name when the key itself is unknown. */
    public String key() {
        return key;
    }
}
