package dev.citadel.cli;

import java.util.Arrays;
import java.util.Map;

/**
 * A key pair made by {@code keygen}, in the forms the command prints: PKCS#8, SubjectPublicKeyInfo and the
 * JWK members. {@link #close()} closes the corecrypto key and zeroises the byte arrays held here.
 */
final class GeneratedKey implements AutoCloseable {

    private final AutoCloseable key;
    private final byte[] pkcs8;
    private final byte[] spki;
    private final Map<String, String> jwkHeader;
    private final Map<String, byte[]> jwkPublic;
    private final Map<String, byte[]> jwkPrivate;

    GeneratedKey(AutoCloseable key, byte[] pkcs8, byte[] spki, Map<String, String> jwkHeader,
            Map<String, byte[]> jwkPublic, Map<String, byte[]> jwkPrivate) {
        this.key = key;
        this.pkcs8 = pkcs8;
        this.spki = spki;
        this.jwkHeader = jwkHeader;
        this.jwkPublic = jwkPublic;
        this.jwkPrivate = jwkPrivate;
    }

    byte[] pkcs8() {
        return pkcs8;
    }

    byte[] spki() {
        return spki;
    }

    /** {@code kty} and {@code crv}. */
    Map<String, String> jwkHeader() {
        return jwkHeader;
    }

    /** Public members, in RFC order (x, y; or n, e). */
    Map<String, byte[]> jwkPublic() {
        return jwkPublic;
    }

    /** Private members (d; for RSA also p, q, dp, dq, qi). */
    Map<String, byte[]> jwkPrivate() {
        return jwkPrivate;
    }

    @Override
    public void close() {
        Arrays.fill(pkcs8, (byte) 0);
        jwkPrivate.values().forEach(v -> Arrays.fill(v, (byte) 0));
        try {
            key.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing a generated key failed", e);
        }
    }

    @Override
    public String toString() {
        return "GeneratedKey[redacted]";
    }
}
