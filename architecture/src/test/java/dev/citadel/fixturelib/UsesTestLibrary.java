package dev.citadel.fixturelib;

/** Breaks TEST_LIBRARIES_ONLY_FOR_VECTORS: production code asserting with a test library. */
public final class UsesTestLibrary {

    private UsesTestLibrary() {}

    public static void check(int value) {
        org.assertj.core.api.Assertions.assertThat(value).isPositive();
    }
}
