package dev.citadel.fixturelib;

/** Fixture: a capability that configures JSSE itself instead of taking transport's context. */
public final class MakesItsOwnSslContext {
    public Object context() throws java.security.NoSuchAlgorithmException {
        return javax.net.ssl.SSLContext.getInstance("TLS");
    }
}
