package dev.citadel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Web Keys (RFC 7517) for {@code keygen --format jwk}: EC and RSA per RFC 7518 §6, OKP per RFC 8037. */
final class Jwk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwk() {}

    static String publicKey(GeneratedKey key) {
        return json(key, false);
    }

    static String privateKey(GeneratedKey key) {
        return json(key, true);
    }

    private static String json(GeneratedKey key, boolean withPrivate) {
        Map<String, String> members = new LinkedHashMap<>(key.jwkHeader());
        key.jwkPublic().forEach((name, value) -> members.put(name, base64url(value)));
        if (withPrivate) {
            key.jwkPrivate().forEach((name, value) -> members.put(name, base64url(value)));
        }
        try {
            return JSON.writeValueAsString(members) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static String base64url(byte[] value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
