package dev.citadel.fixturelib;

/** Fixture: a class of another module that calls corecrypto's internal engine. */
public final class UsesCorecryptoInternal {
    public byte[] hash() {
        return dev.citadel.corecrypto.internal.jca.JcaDigests.digest(dev.citadel.corecrypto.HashAlgorithm.SHA_256);
    }
}
