package dev.citadel.fixturelib;

/** Fixture: a look-alike of the sanctioned installer, in the wrong package; and a second registering method. */
public final class CitadelProvider {
    public static void install() {
        java.security.Security.insertProviderAt(new java.security.Provider("Fake", "1", "fixture") {
            private static final long serialVersionUID = 1L;
        }, 1);
    }

    public static void reinstall() {
        java.security.Security.addProvider(new java.security.Provider("Fake", "1", "fixture") {
            private static final long serialVersionUID = 1L;
        });
    }
}
