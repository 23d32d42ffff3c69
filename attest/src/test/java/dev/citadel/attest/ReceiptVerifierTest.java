package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.TestPki.Issued;
import dev.citadel.cryptokit.P256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Receipt verification against a test PKI: signature, chain, payload, and BER strictness. */
class ReceiptVerifierTest {

    static final Instant T = SyntheticAppAttest.T;

    final SyntheticAppAttest world = new SyntheticAppAttest();
    final P256.Signing.PrivateKey attestedKey = P256.Signing.PrivateKey.generate();
    final Issued credCert = TestPki.leaf(world.attestationCa, "cred", attestedKey, T.minus(Duration.ofDays(1)), T.plus(Duration.ofDays(2)), Map.of());
    final ReceiptVerifier verifier = world.receiptVerifier(Environment.PRODUCTION, T);

    Map<Integer, byte[]> fields() {
        Map<Integer, byte[]> f = new LinkedHashMap<>();
        f.put(2, SyntheticAppAttest.APP.value().getBytes(StandardCharsets.UTF_8));
        f.put(3, credCert.der().toByteArray());
        f.put(4, new byte[32]);
        f.put(5, "token".getBytes(StandardCharsets.UTF_8));
        f.put(6, "RECEIPT".getBytes(StandardCharsets.UTF_8));
        f.put(7, "production".getBytes(StandardCharsets.UTF_8));
        f.put(12, T.minusSeconds(60).toString().getBytes(StandardCharsets.UTF_8));
        f.put(17, "2".getBytes(StandardCharsets.UTF_8));
        f.put(19, T.plus(Duration.ofDays(1)).toString().getBytes(StandardCharsets.UTF_8));
        f.put(21, T.plus(Duration.ofDays(90)).toString().getBytes(StandardCharsets.UTF_8));
        return f;
    }

    byte[] receipt(Map<Integer, byte[]> fields, boolean direct) {
        return TestPki.signedData(TestPki.payload(fields), world.receiptSigner.key(), world.receiptSigner.cert(),
                List.of(world.receiptSigner.cert(), world.receiptCa.cert(), world.receiptRoot.cert()), direct);
    }

    @Test
    void directSignatureVerifiesWithTypedFields() {
        Receipt r = verifier.verify(receipt(fields(), true), attestedKey.publicKey());
        assertThat(r.type()).isEqualTo(ReceiptType.RECEIPT);
        assertThat(r.appId()).isEqualTo(SyntheticAppAttest.APP.value());
        assertThat(r.environment()).isEqualTo(Environment.PRODUCTION);
        assertThat(r.token()).isEqualTo("token");
        assertThat(r.riskMetric()).hasValue(2);
        assertThat(r.creationTime()).isEqualTo(T.minusSeconds(60));
        assertThat(r.notBefore()).contains(T.plus(Duration.ofDays(1)));
        assertThat(r.expirationTime()).isEqualTo(T.plus(Duration.ofDays(90)));
        assertThat(r.attestedCertificate()).isEqualTo(credCert.der());
        assertThat(r.clientDataHash()).isEqualTo(Bytes.of(new byte[32]));
    }

    @Test
    @DisplayName("signed attributes: the signature covers them and the message digest binds the content")
    void signedAttributesVerify() {
        assertThat(verifier.verify(receipt(fields(), false), attestedKey.publicKey()).riskMetric()).hasValue(2);
    }

    @Test
    void signedByAnotherKey() {
        byte[] r = TestPki.signedData(TestPki.payload(fields()), P256.Signing.PrivateKey.generate(), world.receiptSigner.cert(),
                List.of(world.receiptSigner.cert(), world.receiptCa.cert()), true);
        assertReason(() -> verifier.verify(r, attestedKey.publicKey()), Reason.SIGNATURE_INVALID);
    }

    @Test
    @DisplayName("a signer chaining to another root with the same name")
    void signedUnderAnotherRoot() {
        Issued fakeRoot = TestPki.root("Test Root CA - G3", T.minus(Duration.ofDays(365)), T.plus(Duration.ofDays(3650)));
        Issued fakeCa = TestPki.ca(fakeRoot, "Test Application Integration CA", T.minus(Duration.ofDays(300)), T.plus(Duration.ofDays(1000)));
        Issued fakeSigner = TestPki.leaf(fakeCa, "Test Receipt Signing", P256.Signing.PrivateKey.generate(),
                T.minus(Duration.ofDays(30)), T.plus(Duration.ofDays(300)), Map.of());
        byte[] r = TestPki.signedData(TestPki.payload(fields()), fakeSigner.key(), fakeSigner.cert(),
                List.of(fakeSigner.cert(), fakeCa.cert(), fakeRoot.cert()), true);
        assertReason(() -> verifier.verify(r, attestedKey.publicKey()), Reason.CHAIN_UNTRUSTED);
    }

    @Test
    void signerExpiredAtTheInstant() {
        assertReason(() -> world.receiptVerifier(Environment.PRODUCTION, T.plus(Duration.ofDays(301)))
                .verify(receipt(fields(), true), attestedKey.publicKey()), Reason.CERTIFICATE_EXPIRED);
    }

    @Test
    void anotherApp() {
        Map<Integer, byte[]> f = fields();
        f.put(2, "ABCDE12345.com.example.other".getBytes(StandardCharsets.UTF_8));
        assertReason(() -> verifier.verify(receipt(f, true), attestedKey.publicKey()), Reason.RECEIPT_APP_ID_MISMATCH);
    }

    @Test
    void anotherAttestedKey() {
        assertReason(() -> verifier.verify(receipt(fields(), true), P256.Signing.PrivateKey.generate().publicKey()),
                Reason.RECEIPT_KEY_MISMATCH);
    }

    @Test
    void sandboxReceiptOnAProductionVerifier() {
        Map<Integer, byte[]> f = fields();
        f.put(7, "sandbox".getBytes(StandardCharsets.UTF_8));
        assertReason(() -> verifier.verify(receipt(f, true), attestedKey.publicKey()), Reason.ENVIRONMENT_MISMATCH);
    }

    @Test
    void payloadFieldErrors() {
        Map<Integer, byte[]> noExpiry = fields();
        noExpiry.remove(21);
        assertReason(() -> verifier.verify(receipt(noExpiry, true), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
        Map<Integer, byte[]> badTime = fields();
        badTime.put(12, "yesterday".getBytes(StandardCharsets.UTF_8));
        assertReason(() -> verifier.verify(receipt(badTime, true), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
        Map<Integer, byte[]> badType = fields();
        badType.put(6, "OTHER".getBytes(StandardCharsets.UTF_8));
        assertReason(() -> verifier.verify(receipt(badType, true), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
        Map<Integer, byte[]> unknownField = fields();
        unknownField.put(99, new byte[] {1});
        assertThat(verifier.verify(receipt(unknownField, true), attestedKey.publicKey()).type()).isEqualTo(ReceiptType.RECEIPT);
    }

    @Test
    void freshness() {
        byte[] r = receipt(fields(), true);
        assertThat(verifier.verifyFresh(r, attestedKey.publicKey(), Duration.ofMinutes(5)).creationTime()).isEqualTo(T.minusSeconds(60));
        assertReason(() -> verifier.verifyFresh(r, attestedKey.publicKey(), Duration.ofSeconds(30)), Reason.RECEIPT_STALE);
        Map<Integer, byte[]> future = fields();
        future.put(12, T.plus(Duration.ofMinutes(6)).toString().getBytes(StandardCharsets.UTF_8));
        assertReason(() -> verifier.verifyFresh(receipt(future, true), attestedKey.publicKey(), Duration.ofMinutes(5)), Reason.RECEIPT_STALE);
    }

    @Test
    @DisplayName("BER: indefinite lengths and chunked content are read")
    void indefiniteLengthAndChunks() {
        byte[] definite = receipt(fields(), true);
        byte[] ber = Ber.indefiniteWithChunkedContent(definite, 100);
        var content = dev.citadel.attest.internal.asn1.Asn1Reader.read(ber, dev.citadel.attest.internal.asn1.Asn1Reader.Rules.BER)
                .child(1).child(0).child(2).child(1).child(0);
        assertThat(content.constructed()).as("the content is chunked").isTrue();
        assertThat(content.children()).hasSizeGreaterThan(3);
        assertThat(verifier.verify(ber, attestedKey.publicKey()).riskMetric()).hasValue(2);
    }

    @Test
    void truncatedAndTrailingGarbage() {
        byte[] r = receipt(fields(), true);
        assertReason(() -> verifier.verify(Arrays.copyOf(r, r.length - 1), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
        assertReason(() -> verifier.verify(Arrays.copyOf(r, r.length + 2), attestedKey.publicKey()), Reason.TRAILING_BYTES);
        byte[] ber = Ber.indefiniteWithChunkedContent(r, 100);
        assertReason(() -> verifier.verify(Arrays.copyOf(ber, ber.length - 2), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
        ByteArrayOutputStream longer = new ByteArrayOutputStream();
        longer.writeBytes(ber);
        longer.writeBytes(new byte[] {5, 0});
        assertReason(() -> verifier.verify(longer.toByteArray(), attestedKey.publicKey()), Reason.TRAILING_BYTES);
    }

    @Test
    void notSignedDataAtAll() {
        assertReason(() -> verifier.verify(TestPki.payload(fields()), attestedKey.publicKey()), Reason.MALFORMED_RECEIPT);
    }
}
