package dev.citadel.fixturelib;

/** Fixture: a primitive called outside corecrypto. */
public final class HashesItself {
    public byte[] hash(byte[] in) throws java.security.NoSuchAlgorithmException {
        return java.security.MessageDigest.getInstance("SHA-256").digest(in);
    }
}
