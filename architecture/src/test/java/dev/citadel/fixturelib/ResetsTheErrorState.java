package dev.citadel.fixturelib;

/** Fixture: production code that tries to leave corecrypto's FIPS error state through the test seam. */
public final class ResetsTheErrorState {
    public void recover() {
        dev.citadel.corecrypto.internal.testing.SelfTestHooks.restart();
    }
}
