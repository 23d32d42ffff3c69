package dev.citadel.fixturelib;

/** Fixture: installs the Citadel provider as a side effect of class loading. */
public final class InstallsAtClassLoad {
    static {
        dev.citadel.corecrypto.provider.CitadelProvider.install();
    }

    private InstallsAtClassLoad() {}
}
