package dev.citadel.passkeys;

import dev.citadel.testing.TestCbor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** §6.1 authenticator data parsed strictly: every inconsistency refused with its reason. */
class AuthenticatorDataTest {

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    static byte[] coseEs256() {
        byte[] raw = P256.Signing.PrivateKey.generate().publicKey().rawRepresentation();
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, 2L);
        m.put(3L, -7L);
        m.put(-1L, 1L);
        m.put(-2L, Arrays.copyOfRange(raw, 0, 32));
        m.put(-3L, Arrays.copyOfRange(raw, 32, 64));
        return TestCbor.encode(m);
    }

    static byte[] authData(int flags, byte[] credentialId, byte[] cose, byte[] extensions) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SHA256.hash("example.com".getBytes()).bytes());
        out.write(flags);
        out.writeBytes(new byte[] {0, 0, 0, 7});
        if (credentialId != null) {
            out.writeBytes(new byte[16]);
            out.write(credentialId.length >> 8);
            out.write(credentialId.length);
            out.writeBytes(credentialId);
            out.writeBytes(cose);
        }
        if (extensions != null) {
            out.writeBytes(extensions);
        }
        return out.toByteArray();
    }

    private static AuthenticatorData parse(byte[] b) {
        return AuthenticatorData.parse(Bytes.of(b));
    }

    @Test
    void a_well_formed_registration_authenticator_data_parses() {
        byte[] ext = TestCbor.encode(Map.of("credProtect", 2L));
        AuthenticatorData ad = parse(authData(0x45 | 0x80, new byte[] {1, 2, 3}, coseEs256(), ext));
        assertThat(ad.signCount()).isEqualTo(7);
        assertThat(ad.flags().userPresent()).isTrue();
        assertThat(ad.attestedCredentialData().orElseThrow().credentialId()).isEqualTo(Bytes.of(new byte[] {1, 2, 3}));
        assertThat(ad.attestedCredentialData().orElseThrow().credentialPublicKey().algorithm()).isEqualTo(CoseAlgorithm.ES256);
        assertThat(ad.extensions()).isPresent();
    }

    @Test
    void truncated_header_or_attested_data_is_refused() {
        assertReason(() -> parse(new byte[36]), Reason.MALFORMED_AUTHENTICATOR_DATA);
        byte[] full = authData(0x41, new byte[] {1, 2, 3}, coseEs256(), null);
        assertReason(() -> parse(Arrays.copyOf(full, 37 + 10)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        assertReason(() -> parse(Arrays.copyOf(full, 37 + 18 + 2)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        // The COSE key cut short: a CBOR truncation inside the attested data.
        assertReason(() -> parse(Arrays.copyOf(full, full.length - 1)), Reason.MALFORMED_AUTHENTICATOR_DATA);
    }

    @Test
    void trailing_bytes_are_refused() {
        byte[] assertion = authData(0x01, null, null, new byte[] {0});
        assertReason(() -> parse(assertion), Reason.TRAILING_BYTES);
        byte[] registration = authData(0x41, new byte[] {1}, coseEs256(), new byte[] {(byte) 0xa0});
        assertReason(() -> parse(registration), Reason.TRAILING_BYTES);
        // ED set: the extensions map must be the last thing.
        byte[] ext = SoftwareAuthenticator.concat(TestCbor.encode(Map.of("credProtect", 2L)), new byte[] {0});
        assertReason(() -> parse(authData(0x81, null, null, ext)), Reason.TRAILING_BYTES);
    }

    @Test
    void AT_and_ED_must_match_the_contents() {
        // AT set without attested data.
        assertReason(() -> parse(authData(0x41, null, null, null)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        // ED set without extensions.
        assertReason(() -> parse(authData(0x81, null, null, null)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        // ED set with a non-map.
        assertReason(() -> parse(authData(0x81, null, null, TestCbor.encode(5L))), Reason.MALFORMED_AUTHENTICATOR_DATA);
    }

    @Test
    void credential_id_length_is_bounded() {
        assertReason(() -> parse(authData(0x41, new byte[0], coseEs256(), null)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        assertReason(() -> parse(authData(0x41, new byte[1024], coseEs256(), null)), Reason.MALFORMED_AUTHENTICATOR_DATA);
        assertThat(parse(authData(0x41, new byte[1023], coseEs256(), null)).attestedCredentialData()).isPresent();
    }

    @Test
    void oversized_authenticator_data_is_refused() {
        assertReason(() -> parse(new byte[AuthenticatorData.MAX_LENGTH + 1]), Reason.LIMIT_EXCEEDED);
    }

    @Test
    void non_canonical_cbor_in_extensions_is_refused() {
        // credProtect: 2 encoded as a one-byte-argument integer (0x18 0x02): not the shortest form.
        byte[] ext = {(byte) 0xa1, 0x6b, 'c', 'r', 'e', 'd', 'P', 'r', 'o', 't', 'e', 'c', 't', 0x18, 0x02};
        assertReason(() -> parse(authData(0x81, null, null, ext)), Reason.MALFORMED_CBOR);
    }
}
