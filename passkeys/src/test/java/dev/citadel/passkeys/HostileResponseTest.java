package dev.citadel.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.encoding.Bytes;
import java.util.Arrays;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Malformed responses fail with a {@link PasskeyException} (which the server turns into a 4xx problem with a reason),
 * never another exception: every truncation and many byte flips of every binary member, and malformed JSON members.
 */
class HostileResponseTest {

    private final Fixture f = new Fixture();

    /** Runs {@code call}; fails if it throws anything but a PasskeyException. Returns whether it succeeded. */
    private static boolean onlyPasskeyExceptions(Runnable call) {
        try {
            call.run();
            return true;
        } catch (PasskeyException e) {
            assertThat(e.reason()).isNotNull();
            return false;
        }
    }

    private static UnaryOperator<byte[]> truncate(int n) {
        return b -> Arrays.copyOf(b, Math.min(n, b.length));
    }

    private static UnaryOperator<byte[]> flip(int i, int bit) {
        return b -> {
            byte[] c = b.clone();
            if (i < c.length) {
                c[i] ^= (byte) (1 << bit);
            }
            return c;
        };
    }

    @Test
    void every_truncation_and_byte_flip_of_a_registration_fails_with_a_reason() {
        RegistrationStart s = f.rp.startRegistration(RegistrationRequest.of(Fixture.user("alice")));
        String response = f.authenticator.register(s.options().toJson());
        for (String member : new String[] {"attestationObject", "clientDataJSON"}) {
            int length = Bytes.fromBase64Url(readMember(response, member)).size();
            for (int n = 0; n < length; n++) {
                String mutated = Json.editBytes(response, member, truncate(n));
                assertThat(onlyPasskeyExceptions(() -> f.rp.finishRegistration(s.pending(), mutated))).as("%s truncated to %d", member, n).isFalse();
            }
            for (int i = 0; i < length; i++) {
                for (int bit : new int[] {0, 7}) {
                    String mutated = Json.editBytes(response, member, flip(i, bit));
                    onlyPasskeyExceptions(() -> f.rp.finishRegistration(s.pending(), mutated));
                }
            }
        }
    }

    @Test
    void every_truncation_and_byte_flip_of_an_assertion_fails_with_a_reason() {
        f.register("alice");
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable());
        String response = f.authenticator.authenticate(s.options().toJson());
        for (String member : new String[] {"authenticatorData", "clientDataJSON", "signature", "userHandle"}) {
            int length = Bytes.fromBase64Url(readMember(response, member)).size();
            for (int n = 0; n < length; n++) {
                String mutated = Json.editBytes(response, member, truncate(n));
                assertThat(onlyPasskeyExceptions(() -> f.rp.finishAuthentication(s.pending(), mutated, f.store)))
                        .as("%s truncated to %d", member, n).isFalse();
            }
            for (int i = 0; i < length; i++) {
                for (int bit : new int[] {0, 7}) {
                    String mutated = Json.editBytes(response, member, flip(i, bit));
                    boolean ok = onlyPasskeyExceptions(() -> f.rp.finishAuthentication(s.pending(), mutated, f.store));
                    // Only bits the signature does not cover may change without failing: none in these members
                    // (a flipped reserved flag bit in authenticator data is signed too).
                    assertThat(ok).as("%s byte %d bit %d", member, i, bit).isFalse();
                }
            }
        }
    }

    @Test
    void malformed_json_members_fail_with_a_reason() {
        f.register("alice");
        AuthenticationStart s = f.rp.startAuthentication(AuthenticationRequest.discoverable());
        String response = f.authenticator.authenticate(s.options().toJson());
        Random random = new Random(6);
        String[] replacements = {"null", "1", "true", "[]", "{}", "\"\"", "\"!!\"", "\"AAAA=\"", "1e999", "-0"};
        for (String path : new String[] {"id", "rawId", "type", "authenticatorAttachment", "clientExtensionResults",
                "response.clientDataJSON", "response.authenticatorData", "response.signature", "response.userHandle"}) {
            for (String value : replacements) {
                String mutated = Json.edit(response, n -> {
                    var target = path.startsWith("response.") ? (com.fasterxml.jackson.databind.node.ObjectNode) n.get("response") : n;
                    String key = path.substring(path.indexOf('.') + 1);
                    try {
                        target.set(key, Json.MAPPER.readTree(value));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
                onlyPasskeyExceptions(() -> f.rp.finishAuthentication(s.pending(), mutated, f.store));
            }
        }
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            String text = new String(garbage, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(onlyPasskeyExceptions(() -> f.rp.finishAuthentication(s.pending(), text, f.store))).isFalse();
            assertThat(onlyPasskeyExceptions(() -> f.rp.finishRegistration(
                    f.rp.startRegistration(RegistrationRequest.of(Fixture.user("x"))).pending(), text))).isFalse();
        }
    }

    private static String readMember(String response, String member) {
        try {
            return Json.MAPPER.readTree(response).get("response").get(member).asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
