package dev.citadel.attest;

import dev.citadel.testing.TestCbor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The library section of docs/attest.md, run: attest → register → assert → receipt → refresh. */
class DocumentedFlowTest {

    @Test
    void attestRegisterAssertAndRefresh() throws Exception {
        SyntheticAppAttest world = new SyntheticAppAttest();
        AppId app = SyntheticAppAttest.APP;
        Clock clock = SyntheticAppAttest.at(SyntheticAppAttest.T);
        byte[] challengeBytes = SyntheticAppAttest.CHALLENGE;

        // Attestation
        SyntheticAppAttest.Attestation device = world.attestation();
        device.extensions = TestCbor.map(AuthenticatorExtensions.VALIDATION_CATEGORY, new byte[] {4, 0, 0, 0},
                AuthenticatorExtensions.BUNDLE_VERSION, "42");
        ExtensionPolicy policy = ExtensionPolicy.acceptAny()
                .allowingCategories(Set.of(ValidationCategory.APP_STORE), ExtensionPolicy.Missing.ACCEPT)
                .allowingBundleVersions(Set.of("41", "42"), ExtensionPolicy.Missing.ACCEPT);
        AttestationVerifier verifier = world.verifier(Environment.PRODUCTION, policy, SyntheticAppAttest.T);
        AttestationResult r = verifier.verify(KeyId.fromBase64(device.keyId().base64()), device.object(),
                ClientDataHash.sha256Of(challengeBytes));
        AttestedKeyStore store = new InMemoryAttestedKeyStore();
        assertThat(store.register(r.toAttestedKey())).isTrue();
        assertThat(r.extensions().validationCategory()).contains(ValidationCategory.APP_STORE);

        // Assertion
        AssertionVerifier assertions = new AssertionVerifier(app, store, ExtensionPolicy.acceptAny(), clock);
        byte[] clientData = ("{\"challenge\":\"" + new String(challengeBytes) + "\"}").getBytes();
        byte[] assertionObject = AssertionVerifierTest.assertion(device.credentialKey,
                AssertionVerifierTest.authenticatorData(app, 1, null), clientData);
        AssertionResult a = assertions.verify(r.keyId(), assertionObject, clientData, ClientDataChallenge.contains(challengeBytes));
        assertThat(a.counter()).isEqualTo(1);

        // Receipt and refresh
        ReceiptVerifier receiptVerifier = world.receiptVerifier(Environment.PRODUCTION, SyntheticAppAttest.T);
        Receipt receipt = receiptVerifier.verify(r.receipt().raw().toByteArray(), r.publicKey());
        assertThat(receipt.type()).isEqualTo(ReceiptType.ATTEST);
        SecKey deviceCheckKey = SecKeys.createRandomKey(KeyType.EC_P256, false);
        try (FakeAppleReceiptService apple = new FakeAppleReceiptService()) {
            apple.answer(200, receipt.raw().base64());
            var refresh = new ReceiptRefreshClient(apple.baseUrl(), app.teamId(), "KEYID12345", deviceCheckKey,
                    HttpClient.newHttpClient(), clock);
            Receipt saved = switch (refresh.refresh(receipt.raw())) {
                case RefreshResult.Refreshed fresh -> receiptVerifier.verify(fresh.receipt().toByteArray(), r.publicKey());
                case RefreshResult.NotModified tooEarly -> receipt;
            };
            assertThat(saved.raw()).isEqualTo(receipt.raw());
            apple.answer(304, "");
            assertThat(refresh.refresh(receipt.raw())).isInstanceOf(RefreshResult.NotModified.class);
        }
    }
}
