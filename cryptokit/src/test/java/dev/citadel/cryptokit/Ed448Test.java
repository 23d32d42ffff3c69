package dev.citadel.cryptokit;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Ed448 through cryptokit: the RFC 8032 §7.4 vectors (PureEdDSA, no context), round trips and refusals. */
class Ed448Test {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @ParameterizedTest(name = "RFC 8032 §7.4 {0}")
    @CsvSource({
        "Blank, 6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b,"
            + "5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180, '',"
            + "533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a"
            + "9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600",
        "1 octet, c4eab05d357007c632f3dbb48489924d552b08fe0c353a0d4a1f00acda2c463afbea67c5e8d2877c5e3bc397a659949ef8021e954e0a12274e,"
            + "43ba28f430cdff456ae531545f7ecd0ac834a55d9358c0372bfa0c6c6798c0866aea01eb00742802b8438ea4cb82169c235160627b4c3a9480, 03,"
            + "26b8f91727bd62897af15e41eb43c377efb9c610d48f2335cb0bd0087810f4352541b143c4b981b7e18f62de8ccdf633fc1bf037ab7cd779805e0dbcc0aae1cb"
            + "cee1afb2e027df36bc04dcecbf154336c19f0af7e0a6472905e799f1953d2a0ff3348ab21aa4adafd1d234441cf807c03a00",
        "11 octets, cd23d24f714274e744343237b93290f511f6425f98e64459ff203e8985083ffdf60500553abc0e05cd02184bdb89c4ccd67e187951267eb328,"
            + "dcea9e78f35a1bf3499a831b10b86c90aac01cd84b67a0109b55a36e9328b1e365fce161d71ce7131a543ea4cb5f7e9f1d8b00696447001400, 0c3e544074ec63b0265e0c,"
            + "1f0a8888ce25e8d458a21130879b840a9089d999aaba039eaf3e3afa090a09d389dba82c4ff2ae8ac5cdfb7c55e94d5d961a29fe0109941e00b8dbdeea6d3b05"
            + "1068df7254c0cdc129cbe62db2dc957dbb47b51fd3f213fb8698f064774250a5028961c9bf8ffd973fe5d5c206492b140e00"
    })
    void rfc8032Vectors(String name, String secret, String pub, String message, String signature) {
        byte[] msg = hex(message);
        try (Ed448.Signing.PrivateKey sk = Ed448.Signing.PrivateKey.fromRawRepresentation(hex(secret), SecretAccess.insecure())) {
            assertThat(sk.publicKey().rawRepresentation()).isEqualTo(hex(pub));
            assertThat(sk.signature(msg)).isEqualTo(hex(signature));
        }
        Ed448.Signing.PublicKey pk = Ed448.Signing.PublicKey.fromRawRepresentation(hex(pub));
        assertThat(pk.verify(hex(signature), msg).algorithm()).isEqualTo("Ed448");
        byte[] other = (message + "00").getBytes(StandardCharsets.US_ASCII);
        assertReason(() -> pk.verify(hex(signature), other), Reason.INVALID_SIGNATURE);
    }

    @Test
    void generatedKeysRoundTrip() {
        byte[] data = "data".getBytes(StandardCharsets.UTF_8);
        try (Ed448.Signing.PrivateKey sk = Ed448.Signing.PrivateKey.generate()) {
            byte[] sig = sk.signature(data);
            assertThat(sig).hasSize(Ed448.SIGNATURE_LENGTH);
            Ed448.Signing.PublicKey pk = Ed448.Signing.PublicKey.fromRawRepresentation(sk.publicKey().rawRepresentation());
            pk.verify(sig, data);
            assertThat(pk).isEqualTo(sk.publicKey());
            assertThat(sk.toString()).doesNotContain(HexFormat.of().formatHex(sk.rawRepresentation(SecretAccess.insecure())));
        }
    }

    @Test
    void tamperedSignatureIsInvalid() {
        byte[] data = "data".getBytes(StandardCharsets.UTF_8);
        try (Ed448.Signing.PrivateKey sk = Ed448.Signing.PrivateKey.generate()) {
            byte[] sig = sk.signature(data);
            sig[10] ^= 1;
            assertReason(() -> sk.publicKey().verify(sig, data), Reason.INVALID_SIGNATURE);
            assertReason(() -> sk.publicKey().verify(new byte[Ed448.SIGNATURE_LENGTH - 1], data), Reason.INVALID_SIGNATURE);
        }
    }

    @Test
    void keysOfTheWrongLengthAreRefused() {
        assertReason(() -> Ed448.Signing.PublicKey.fromRawRepresentation(new byte[32]), Reason.INVALID_ENCODING);
        assertReason(() -> Ed448.Signing.PublicKey.fromRawRepresentation(new byte[58]), Reason.TRAILING_BYTES);
        assertReason(() -> Ed448.Signing.PrivateKey.fromRawRepresentation(new byte[56], SecretAccess.insecure()), Reason.INVALID_ENCODING);
    }
}
