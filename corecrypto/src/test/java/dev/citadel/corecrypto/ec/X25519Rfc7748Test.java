package dev.citadel.corecrypto.ec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.SecretAccess;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 7748 test vectors for X25519, typed in from the RFC. */
class X25519Rfc7748Test {

    private static final HexFormat HEX = HexFormat.of();

    private static String x25519(String scalar, String u) {
        try (XdhPrivateKey k = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, HEX.parseHex(scalar));
                var shared = k.agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, HEX.parseHex(u)))) {
            return HEX.formatHex(shared.reveal(SecretAccess.insecure()));
        }
    }

    @Test
    @DisplayName("§5.2 test vector 1")
    void section52Vector1() {
        assertThat(x25519("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
                "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"))
                .isEqualTo("c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    }

    @Test
    @DisplayName("§5.2 test vector 2 (u with the high bit set: masked per §5)")
    void section52Vector2() {
        assertThat(x25519("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
                "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493"))
                .isEqualTo("95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
    }

    @Test
    @DisplayName("§5.2 iterated: 1 and 1,000 iterations (k ← X25519(k, u), u ← old k, from k = u = 9)")
    void section52Iterated() {
        String k = "0900000000000000000000000000000000000000000000000000000000000000";
        String u = k;
        for (int i = 1; i <= 1_000; i++) {
            String next = x25519(k, u);
            u = k;
            k = next;
            if (i == 1) {
                assertThat(k).isEqualTo("422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
            }
        }
        assertThat(k).isEqualTo("684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
        // The 1,000,000-iteration value (7c3911e0…665424) is not run: about a minute per build.
    }

    @Test
    @DisplayName("§6.1 Diffie-Hellman: public keys and the shared secret")
    void section61DiffieHellman() {
        String alicePrivate = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a";
        String bobPrivate = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb";
        String alicePublic = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a";
        String bobPublic = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f";
        try (XdhPrivateKey a = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, HEX.parseHex(alicePrivate));
                XdhPrivateKey b = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, HEX.parseHex(bobPrivate))) {
            assertThat(HEX.formatHex(a.publicKey().raw())).isEqualTo(alicePublic);
            assertThat(HEX.formatHex(b.publicKey().raw())).isEqualTo(bobPublic);
        }
        String shared = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
        assertThat(x25519(alicePrivate, bobPublic)).isEqualTo(shared);
        assertThat(x25519(bobPrivate, alicePublic)).isEqualTo(shared);
    }
}
