package dev.citadel.passkeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.encoding.Bytes;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Edits of response JSON for attack tests. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static String edit(String json, Consumer<ObjectNode> change) {
        try {
            ObjectNode n = (ObjectNode) MAPPER.readTree(json);
            change.accept(n);
            return n.toString();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Replaces the base64url member {@code response.name} by {@code change} of its bytes. */
    static String editBytes(String json, String name, UnaryOperator<byte[]> change) {
        return edit(json, n -> {
            ObjectNode r = (ObjectNode) n.get("response");
            r.put(name, Bytes.of(change.apply(Bytes.fromBase64Url(r.get(name).asText()).toByteArray())).base64Url());
        });
    }

    static PasskeyException.Reason reasonOf(Runnable call) {
        try {
            call.run();
        } catch (PasskeyException e) {
            return e.reason();
        }
        throw new AssertionError("no PasskeyException");
    }
}
