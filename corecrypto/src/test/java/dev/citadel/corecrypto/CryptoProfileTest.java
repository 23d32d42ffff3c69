package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.aead.SealedBox;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.cipher.CipherMode;
import dev.citadel.corecrypto.digest.Shake;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.internal.testing.SelfTestHooks;
import dev.citadel.corecrypto.kdf.KdfAlgorithm;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The approved-only profile and the service indicator (FIPS 140-3 IG 2.4.C). */
class CryptoProfileTest {

    @AfterEach
    void restart() {
        SelfTestHooks.restart();
    }

    /** Every algorithm identity of every family, asked of one profile. */
    private static List<Indicated<?>> everything(CryptoProfile p, List<String> refused) {
        List<Indicated<?>> out = new ArrayList<>();
        List<Function<CryptoProfile, Indicated<?>>> asks = new ArrayList<>();
        for (HashAlgorithm h : HashAlgorithm.values()) {
            asks.add(q -> q.digest(h));
            for (KdfAlgorithm k : KdfAlgorithm.values()) {
                asks.add(q -> q.kdf(k, h));
            }
        }
        for (Shake s : Shake.values()) asks.add(q -> q.xof(s));
        for (MacAlgorithm m : MacAlgorithm.values()) asks.add(q -> q.mac(m));
        for (Aead a : Aead.values()) asks.add(q -> q.aead(a));
        for (CipherMode c : CipherMode.values()) asks.add(q -> q.cipher(c));
        for (AesKeyWrap w : AesKeyWrap.values()) asks.add(q -> q.keyWrap(w));
        for (EcCurve c : EcCurve.values()) {
            asks.add(q -> q.ecdsa(c));
            asks.add(q -> q.ecdh(c));
        }
        for (EdDsaAlgorithm a : EdDsaAlgorithm.values()) asks.add(q -> q.eddsa(a));
        for (XdhAlgorithm a : XdhAlgorithm.values()) asks.add(q -> q.xdh(a));
        for (MlKemParameterSet k : MlKemParameterSet.values()) asks.add(q -> q.mlKem(k));
        for (MlDsaParameterSet d : MlDsaParameterSet.values()) asks.add(q -> q.mlDsa(d));
        asks.add(q -> q.rsa(2048));
        asks.add(q -> q.rsa(1024));
        asks.add(CryptoProfile::random);
        for (var ask : asks) {
            try {
                out.add(ask.apply(p));
            } catch (ModuleErrorException e) {
                assertThat(e.reason()).isEqualTo(CryptoException.Reason.NOT_APPROVED);
                refused.add(e.getMessage());
            }
        }
        return out;
    }

    @Test
    @DisplayName("standard: everything is handed out, each with a truthful indicator and a citation")
    void standardIndicates() {
        List<String> refused = new ArrayList<>();
        List<Indicated<?>> all = everything(CryptoProfile.standard(), refused);
        assertThat(refused).isEmpty();
        assertThat(all).allSatisfy(i -> assertThat(i.basis()).isNotBlank());
        assertThat(CryptoProfile.standard().aead(Aead.AES_GCM).approved()).isTrue();
        assertThat(CryptoProfile.standard().aead(Aead.CHACHA20_POLY1305).approved()).isFalse();
        assertThat(CryptoProfile.standard().aead(Aead.XCHACHA20_POLY1305).approved()).isFalse();
        assertThat(CryptoProfile.standard().aead(Aead.AES_GCM_SIV).approved()).isFalse();
        assertThat(CryptoProfile.standard().xdh(XdhAlgorithm.X25519).approved()).isFalse();
        assertThat(CryptoProfile.standard().eddsa(EdDsaAlgorithm.ED25519).approved()).isTrue();
        assertThat(CryptoProfile.standard().digest(HashAlgorithm.SHA_1).approved()).isFalse();
        assertThat(CryptoProfile.standard().mac(MacAlgorithm.HMAC_SHA256).approved()).isTrue();
        assertThat(CryptoProfile.standard().kdf(KdfAlgorithm.HKDF, HashAlgorithm.SHA_1).approved()).isFalse();
        assertThat(CryptoProfile.standard().mlKem(MlKemParameterSet.ML_KEM_768).approved()).isTrue();
        assertThat(CryptoProfile.standard().rsa(1024).approved()).isFalse();
        assertThat(CryptoProfile.standard().random().approved()).isTrue();
    }

    @Test
    @DisplayName("FIPS 140-3: approved algorithms only; everything the standard profile marks unapproved is refused")
    void fipsRefusesWhatIsNotApproved() {
        CryptoProfile fips = CryptoProfile.fips140();
        List<String> refused = new ArrayList<>();
        List<Indicated<?>> handed = everything(fips, refused);
        assertThat(handed).allMatch(Indicated::approved);
        long unapprovedInStandard = everything(CryptoProfile.standard(), new ArrayList<>()).stream().filter(i -> !i.approved()).count();
        assertThat(refused).hasSize((int) unapprovedInStandard).isNotEmpty();
        assertThatThrownBy(() -> fips.aead(Aead.CHACHA20_POLY1305)).isInstanceOf(ModuleErrorException.class)
                .hasMessageContaining("RFC 8439");
        assertThatThrownBy(() -> fips.xdh(XdhAlgorithm.X448)).isInstanceOf(ModuleErrorException.class);
    }

    @Test
    @DisplayName("a call through the FIPS profile works and reports approved")
    void approvedCallThroughTheProfile() {
        CryptoProfile fips = CryptoProfile.fips140();
        Indicated<Aead> gcm = fips.aead(Aead.AES_GCM);
        try (SecretKeyMaterial key = SecretKeyMaterial.generate(32, fips.random().primitive())) {
            SealedBox box = gcm.primitive().seal(key, new byte[] {1}, new byte[0]);
            assertThat(gcm.primitive().open(key, box, new byte[0])).containsExactly(1);
        }
        assertThat(gcm.approved()).isTrue();
        assertThat(gcm.basis()).contains("SP 800-38D");
        assertThat(fips.approvedOnly()).isTrue();
        assertThat(fips.name()).isEqualTo("FIPS 140-3");
    }

    @Test
    @DisplayName("the FIPS profile refuses to start when the self-tests failed")
    void fipsRefusesToStartInTheErrorState() {
        SelfTestHooks.injectKatFailure("ECDSA P-256");
        assertThatThrownBy(CryptoProfile::fips140).isInstanceOfSatisfying(CryptoException.class,
                e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.SELF_TEST_FAILED));
    }

    @Test
    @DisplayName("every KAT the FIPS profile requires is part of the power-on run")
    void requiredSelfTestsExist() {
        assertThat(SelfTest.run().algorithms()).containsAll(CryptoProfile.REQUIRED_SELF_TESTS);
    }
}
