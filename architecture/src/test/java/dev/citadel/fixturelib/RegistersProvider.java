package dev.citadel.fixturelib;

/** Fixture: global provider registration. */
public final class RegistersProvider {
    public void register(java.security.Provider p) {
        java.security.Security.addProvider(p);
    }
}
