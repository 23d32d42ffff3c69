package dev.citadel.server.passkeys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the passkey API (see the contract in docs/server.md). */
final class PasskeyViews {

    private PasskeyViews() {}

    /** The library's options JSON text as a tree, to embed in a response. */
    static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return dev.citadel.server.http.Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the library's options are not JSON", e);
        }
    }

    static Map<String, Object> user(PasskeyUser user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", user.handle().base64url());
        out.put("name", user.username());
        out.put("displayName", user.displayName());
        return out;
    }

    static Map<String, Object> summary(StoredPasskey passkey, AuthenticatorNames names) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", passkey.record().id().base64Url());
        out.put("name", passkey.name());
        out.put("aaguid", passkey.aaguidText());
        var model = names.lookup(passkey.aaguid());
        out.put("authenticatorName", model.map(AuthenticatorNames.Model::name).orElse(null));
        model.flatMap(AuthenticatorNames.Model::icon).ifPresent(icon -> out.put("icon", icon));
        out.put("createdAt", passkey.createdAt().toString());
        out.put("lastUsedAt", passkey.lastUsedAt().map(Object::toString).orElse(null));
        out.put("backupEligible", passkey.record().backupEligible());
        out.put("backedUp", passkey.record().backupState());
        out.put("transports", passkey.record().transports());
        return out;
    }

    static List<Map<String, Object>> summaries(List<StoredPasskey> passkeys, AuthenticatorNames names) {
        return passkeys.stream().map(p -> summary(p, names)).toList();
    }
}
