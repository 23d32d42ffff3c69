package dev.citadel.passkeys;

import dev.citadel.testing.TestCbor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.Ed448;
import dev.citadel.cryptokit.P256;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** COSE_Key parsing (RFC 9052 §7, WebAuthn §6.5.1.1): one key, one algorithm, nothing extra. */
class CoseKeyTest {

    private static void assertReason(Executable call, Reason reason) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static final byte[] DATA = "signed".getBytes();

    private final P256.Signing.PrivateKey p256 = P256.Signing.PrivateKey.generate();

    private Map<Object, Object> ec2() {
        byte[] raw = p256.publicKey().rawRepresentation();
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, 2L);
        m.put(3L, -7L);
        m.put(-1L, 1L);
        m.put(-2L, Arrays.copyOfRange(raw, 0, 32));
        m.put(-3L, Arrays.copyOfRange(raw, 32, 64));
        return m;
    }

    private static CoseKey parse(Map<Object, Object> m) {
        return CoseKey.parse(Bytes.of(TestCbor.encode(m)));
    }

    @Test
    void es256_key_verifies_der_signatures() {
        CoseKey k = parse(ec2());
        assertThat(k.algorithm()).isEqualTo(CoseAlgorithm.ES256);
        k.verify(Bytes.of(p256.signature(DATA).derRepresentation()), DATA);
        assertReason(() -> k.verify(Bytes.of(p256.signature(DATA).rawRepresentation()), DATA), Reason.SIGNATURE_INVALID);
        assertReason(() -> k.verify(Bytes.of(p256.signature("other".getBytes()).derRepresentation()), DATA), Reason.SIGNATURE_INVALID);
    }

    @Test
    void ed25519_and_ed448_keys_verify() {
        Curve25519.Signing.PrivateKey ed = Curve25519.Signing.PrivateKey.generate();
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, 1L);
        m.put(3L, -8L);
        m.put(-1L, 6L);
        m.put(-2L, ed.publicKey().rawRepresentation());
        parse(m).verify(Bytes.of(ed.signature(DATA)), DATA);

        Ed448.Signing.PrivateKey ed448 = Ed448.Signing.PrivateKey.generate();
        Map<Object, Object> n = new LinkedHashMap<>();
        n.put(1L, 1L);
        n.put(3L, -8L);
        n.put(-1L, 7L);
        n.put(-2L, ed448.publicKey().rawRepresentation());
        CoseKey k = parse(n);
        k.verify(Bytes.of(ed448.signature(DATA)), DATA);
        assertReason(() -> k.verify(Bytes.of(ed448.signature("x".getBytes())), DATA), Reason.SIGNATURE_INVALID);
        // Fully specified Ed448 (-53) with an Ed25519 curve is a contradiction.
        n.put(3L, -53L);
        n.put(-1L, 6L);
        assertReason(() -> parse(n), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void wrong_kty_for_the_algorithm_is_refused() {
        Map<Object, Object> m = ec2();
        m.put(1L, 1L);
        assertReason(() -> parse(m), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void wrong_crv_for_the_algorithm_is_refused() {
        Map<Object, Object> m = ec2();
        m.put(-1L, 2L); // P-384 with ES256 and 32-byte coordinates
        assertReason(() -> parse(m), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void extra_labels_are_refused() {
        Map<Object, Object> m = ec2();
        m.put(-4L, new byte[32]); // an EC2 private key "d" in a public key
        assertReason(() -> parse(m), Reason.MALFORMED_PUBLIC_KEY);
        Map<Object, Object> n = ec2();
        n.put("x", 1L);
        assertReason(() -> parse(n), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void missing_alg_or_unknown_alg_is_refused() {
        Map<Object, Object> m = ec2();
        m.remove(3L);
        assertReason(() -> parse(m), Reason.MALFORMED_PUBLIC_KEY);
        Map<Object, Object> n = ec2();
        n.put(3L, -65535L); // RS1
        assertReason(() -> parse(n), Reason.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void a_point_not_on_the_curve_is_refused() {
        Map<Object, Object> m = ec2();
        m.put(-3L, new byte[32]);
        assertReason(() -> parse(m), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void truncated_trailing_and_oversized_encodings_are_refused() {
        byte[] enc = TestCbor.encode(ec2());
        assertReason(() -> CoseKey.parse(Bytes.of(Arrays.copyOf(enc, enc.length - 1))), Reason.MALFORMED_CBOR);
        assertReason(() -> CoseKey.parse(Bytes.of(SoftwareAuthenticator.concat(enc, new byte[] {0}))), Reason.TRAILING_BYTES);
        assertReason(() -> CoseKey.parse(Bytes.of(new byte[CoseKey.MAX_ENCODED_BYTES + 1])), Reason.LIMIT_EXCEEDED);
        assertReason(() -> CoseKey.parse(Bytes.of(TestCbor.encode(java.util.List.of(1L)))), Reason.MALFORMED_PUBLIC_KEY);
    }

    @Test
    void rsa_keys_below_2048_bits_are_unsupported() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, 3L);
        m.put(3L, -257L);
        byte[] n = new byte[128];
        n[0] = (byte) 0xc1;
        n[127] = 1;
        m.put(-1L, n);
        m.put(-2L, new byte[] {1, 0, 1});
        assertReason(() -> parse(m), Reason.UNSUPPORTED_ALGORITHM);
    }
}
