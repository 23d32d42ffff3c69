package dev.citadel.fixturelib;

/** Fixture: a library class that reaches into the server. */
public final class UsesServer {
    public Object config() {
        return dev.citadel.server.config.ConfigKey.PORT;
    }
}
