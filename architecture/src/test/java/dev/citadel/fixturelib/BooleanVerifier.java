package dev.citadel.fixturelib;

/** Fixture: a verify method whose result a caller can ignore. */
public final class BooleanVerifier {
    public boolean verifySignature(byte[] signature) {
        return signature.length > 0;
    }
}
