package dev.citadel.cryptokit.hpke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.SymmetricKey;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 9180 Appendix A vectors, typed in from the RFC. */
class Rfc9180VectorsTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] INFO = HEX.parseHex("4f6465206f6e2061204772656369616e2055726e"); // "Ode on a Grecian Urn"
    private static final byte[] PT = HEX.parseHex("4265617574792069732074727574682c20747275746820626561757479");
    private static final byte[] AAD0 = HEX.parseHex("436f756e742d30");
    private static final byte[] AAD1 = HEX.parseHex("436f756e742d31");
    private static final byte[] PSK = HEX.parseHex("0247fd33b913760fa1fa51e1892d9f307fbe65eb171e8132c2af18555a738b82");
    private static final byte[] PSK_ID = HEX.parseHex("456e6e796e20447572696e206172616e204d6f726961"); // "Ennyn Durin aran Moria"
    private static final Ciphersuite X25519_AES128 = new Ciphersuite(KemId.DHKEM_X25519_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.AES_128_GCM);

    @Test
    @DisplayName("A.1.1 mode_base DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: sender and recipient")
    void a11Base() {
        try (HPKE.PrivateKey skE = HPKE.PrivateKey.derive(KemId.DHKEM_X25519_HKDF_SHA256,
                        HEX.parseHex("7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234"), SecretAccess.insecure());
                HPKE.PrivateKey skR = HPKE.PrivateKey.derive(KemId.DHKEM_X25519_HKDF_SHA256,
                        HEX.parseHex("6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037"), SecretAccess.insecure())) {
            assertThat(HEX.formatHex(skE.serialized(SecretAccess.insecure()))).isEqualTo("52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736");
            assertThat(HEX.formatHex(skE.publicKey().serialized())).isEqualTo("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
            assertThat(HEX.formatHex(skR.serialized(SecretAccess.insecure()))).isEqualTo("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
            assertThat(HEX.formatHex(skR.publicKey().serialized())).isEqualTo("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");

            try (HPKE.Sender s = HPKE.Sender.withEphemeral(X25519_AES128, Mode.BASE, skR.publicKey(), INFO, null, new byte[0], null,
                    skE.serialized(SecretAccess.insecure()))) {
                byte[] enc = s.encapsulatedKey();
                assertThat(HEX.formatHex(enc)).isEqualTo("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
                byte[] ct0 = s.seal(PT, AAD0);
                byte[] ct1 = s.seal(PT, AAD1);
                assertThat(HEX.formatHex(ct0)).isEqualTo("f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a");
                assertThat(HEX.formatHex(ct1)).isEqualTo("af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab251c03d0c22a56b8ca42c2063b84");
                assertExport(s.export(new byte[0], 32), "3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee");
                assertExport(s.export(HEX.parseHex("00"), 32), "2e8f0b54673c7029649d4eb9d5e33bf1872cf76d623ff164ac185da9e88c21a5");
                assertExport(s.export(HEX.parseHex("54657374436f6e74657874"), 32), "e9e43065102c3836401bed8c3c3c75ae46be1639869391d62c61f1ec7af54931");

                try (HPKE.Recipient r = HPKE.Recipient.base(X25519_AES128, skR, INFO, enc)) {
                    assertThat(r.open(ct0, AAD0)).isEqualTo(PT);
                    assertThat(r.open(ct1, AAD1)).isEqualTo(PT);
                    assertExport(r.export(new byte[0], 32), "3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee");
                }
            }
        }
    }

    @Test
    @DisplayName("A.1.2 mode_psk DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: recipient")
    void a12Psk() {
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(KemId.DHKEM_X25519_HKDF_SHA256,
                        HEX.parseHex("c5eb01eb457fe6c6f57577c5413b931550a162c71a03ac8d196babbd4e5ce0fd"), SecretAccess.insecure());
                SymmetricKey psk = SymmetricKey.fromBytes(PSK, SecretAccess.insecure());
                HPKE.Recipient r = HPKE.Recipient.psk(X25519_AES128, skR, INFO,
                        HEX.parseHex("0ad0950d9fb9588e59690b74f1237ecdf1d775cd60be2eca57af5a4b0471c91b"), psk, PSK_ID)) {
            assertThat(HEX.formatHex(skR.publicKey().serialized())).isEqualTo("9fed7e8c17387560e92cc6462a68049657246a09bfa8ade7aefe589672016366");
            assertThat(r.open(HEX.parseHex("e52c6fed7f758d0cf7145689f21bc1be6ec9ea097fef4e959440012f4feb73fb611b946199e681f4cfc34db8ea"), AAD0)).isEqualTo(PT);
            assertThat(r.open(HEX.parseHex("49f3b19b28a9ea9f43e8c71204c00d4a490ee7f61387b6719db765e948123b45b61633ef059ba22cd62437c8ba"), AAD1)).isEqualTo(PT);
            assertExport(r.export(new byte[0], 32), "dff17af354c8b41673567db6259fd6029967b4e1aad13023c2ae5df8f4f43bf6");
        }
    }

    @Test
    @DisplayName("A.1.2 mode_psk: the sender from ikmE reproduces enc and the first ciphertext")
    void a12PskSender() {
        try (HPKE.PrivateKey skE = HPKE.PrivateKey.derive(KemId.DHKEM_X25519_HKDF_SHA256,
                        HEX.parseHex("78628c354e46f3e169bd231be7b2ff1c77aa302460a26dbfa15515684c00130b"), SecretAccess.insecure());
                SymmetricKey psk = SymmetricKey.fromBytes(PSK, SecretAccess.insecure());
                HPKE.Sender s = HPKE.Sender.withEphemeral(X25519_AES128, Mode.PSK,
                        HPKE.PublicKey.of(KemId.DHKEM_X25519_HKDF_SHA256, HEX.parseHex("9fed7e8c17387560e92cc6462a68049657246a09bfa8ade7aefe589672016366")),
                        INFO, psk, PSK_ID, null, skE.serialized(SecretAccess.insecure()))) {
            assertThat(HEX.formatHex(skE.serialized(SecretAccess.insecure()))).isEqualTo("463426a9ffb42bb17dbe6044b9abd1d4e4d95f9041cef0e99d7824eef2b6f588");
            assertThat(HEX.formatHex(s.encapsulatedKey())).isEqualTo("0ad0950d9fb9588e59690b74f1237ecdf1d775cd60be2eca57af5a4b0471c91b");
            assertThat(HEX.formatHex(s.seal(PT, AAD0))).isEqualTo("e52c6fed7f758d0cf7145689f21bc1be6ec9ea097fef4e959440012f4feb73fb611b946199e681f4cfc34db8ea");
        }
    }

    @Test
    @DisplayName("A.3.2 mode_psk DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: recipient, three messages")
    void a32Psk() {
        Ciphersuite suite = new Ciphersuite(KemId.DHKEM_P256_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.AES_128_GCM);
        byte[] enc = HEX.parseHex("04305d35563527bce037773d79a13deabed0e8e7cde61eecee403496959e89"
                + "e4d0ca701726696d1485137ccb5341b3c1c7aaee90a4a02449725e744b1193b53b5f");
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(KemId.DHKEM_P256_HKDF_SHA256,
                        HEX.parseHex("438d8bcef33b89e0e9ae5eb0957c353c25a94584b0dd59c991372a75b43cb661"), SecretAccess.insecure());
                SymmetricKey psk = SymmetricKey.fromBytes(PSK, SecretAccess.insecure());
                HPKE.Recipient r = HPKE.Recipient.psk(suite, skR, INFO, enc, psk, PSK_ID)) {
            assertThat(r.open(HEX.parseHex("90c4deb5b75318530194e4bb62f890b019b1397bbf9d0d6eb918890e1fb2be1ac2603193b60a49c2126b75d0eb"), AAD0)).isEqualTo(PT);
            assertThat(r.open(HEX.parseHex("9e223384a3620f4a75b5a52f546b7262d8826dea18db5a365feb8b997180b22d72dc1287f7089a1073a7102c27"), AAD1)).isEqualTo(PT);
            assertThat(r.open(HEX.parseHex("adf9f6000773035023be7d415e13f84c1cb32a24339a32eb81df02be9ddc6abc880dd81cceb7c1d0c7781465b2"),
                    HEX.parseHex("436f756e742d32"))).isEqualTo(PT);
        }
    }

    @Test
    @DisplayName("A.3.3 mode_auth DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: recipient")
    void a33Auth() {
        Ciphersuite suite = new Ciphersuite(KemId.DHKEM_P256_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.AES_128_GCM);
        HPKE.PublicKey pkS = HPKE.PublicKey.of(KemId.DHKEM_P256_HKDF_SHA256, HEX.parseHex(
                "04a817a0902bf28e036d66add5d544cc3a0457eab150f104285df1e293b5c10eef"
                        + "8651213e43d9cd9086c80b309df22cf37609f58c1127f7607e85f210b2804f73"));
        byte[] enc = HEX.parseHex("042224f3ea800f7ec55c03f29fc9865f6ee27004f818fcbdc6dc68932c1e52e15b"
                + "79e264a98f2c535ef06745f3d308624414153b22c7332bc1e691cb4af4d53454");
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(KemId.DHKEM_P256_HKDF_SHA256,
                        HEX.parseHex("d929ab4be2e59f6954d6bedd93e638f02d4046cef21115b00cdda2acb2a4440e"), SecretAccess.insecure());
                HPKE.Recipient r = HPKE.Recipient.auth(suite, skR, INFO, enc, pkS)) {
            assertThat(r.open(HEX.parseHex("82ffc8c44760db691a07c5627e5fc2c08e7a86979ee79b494a17cc3405446ac2bdb8f265db4a099ed3289ffe19"), AAD0))
                    .isEqualTo(PT);
        }
    }

    @Test
    @DisplayName("A.3.4 mode_auth_psk DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM: recipient")
    void a34AuthPsk() {
        Ciphersuite suite = new Ciphersuite(KemId.DHKEM_P256_HKDF_SHA256, KdfId.HKDF_SHA256, AeadId.AES_128_GCM);
        HPKE.PublicKey pkS = HPKE.PublicKey.of(KemId.DHKEM_P256_HKDF_SHA256, HEX.parseHex(
                "049f158c750e55d8d5ad13ede66cf6e79801634b7acadcad72044eac2ae1d04800"
                        + "69133d6488bf73863fa988c4ba8bde1c2e948b761274802b4d8012af4f13af9e"));
        byte[] enc = HEX.parseHex("046a1de3fc26a3d43f4e4ba97dbe24f7e99181136129c48fbe872d4743e2b13135"
                + "7ed4f29a7b317dc22509c7b00991ae990bf65f8b236700c82ab7c11a84511401");
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(KemId.DHKEM_P256_HKDF_SHA256,
                        HEX.parseHex("bdf4e2e587afdf0930644a0c45053889ebcadeca662d7c755a353d5b4e2a8394"), SecretAccess.insecure());
                SymmetricKey psk = SymmetricKey.fromBytes(PSK, SecretAccess.insecure());
                HPKE.Recipient r = HPKE.Recipient.authPsk(suite, skR, INFO, enc, pkS, psk, PSK_ID)) {
            assertThat(r.open(HEX.parseHex("b9f36d58d9eb101629a3e5a7b63d2ee4af42b3644209ab37e0a272d44365407db8e655c72e4fa46f4ff81b9246"), AAD0))
                    .isEqualTo(PT);
        }
    }

    private static void assertExport(SymmetricKey exported, String hex) {
        try (exported) {
            assertThat(HEX.formatHex(exported.reveal(SecretAccess.insecure()))).isEqualTo(hex);
        }
    }
}
