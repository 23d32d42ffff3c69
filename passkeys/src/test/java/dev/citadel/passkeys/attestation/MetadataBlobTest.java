package dev.citadel.passkeys.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.trust.TrustStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FIDO MDS3 BLOB verification: the JWT's chain and signature, nextUpdate, no, and look-ups. */
class MetadataBlobTest {

    static final String AAGUID = "f8a011f3-8c0a-4d15-8006-17111f9edc7d";
    private final TestMds mds = new TestMds();
    private final Clock clock = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOf(PasskeyException.class)
                .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(reason));
    }

    private Bytes blob(int no) {
        return mds.sign(mds.payload(no, LocalDate.parse("2026-07-01"), TestMds.entry(AAGUID, "Example Key", List.of(), "FIDO_CERTIFIED")));
    }

    @Test
    void verifiesAndLooksUpByAaguid() {
        MetadataBlob b = MetadataBlob.verify(blob(7), mds.rootStore(), clock);
        assertThat(b.no()).isEqualTo(7);
        assertThat(b.nextUpdate()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(b.byAaguid(Bytes.fromHex("f8a011f38c0a4d15800617111f9edc7d"))).get()
                .extracting(MetadataEntry::description).isEqualTo("Example Key");
        assertThat(b.byAaguid(Bytes.of(new byte[16]))).isEmpty();
    }

    @Test
    void signatureMustVerify() {
        String jwt = new String(blob(7).toByteArray(), StandardCharsets.US_ASCII);
        String[] parts = jwt.split("\\.");
        String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mds.payload(8, LocalDate.parse("2026-07-01")).toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertReason(() -> MetadataBlob.verify(Bytes.of(tampered.getBytes(StandardCharsets.US_ASCII)), mds.rootStore(), clock),
                Reason.METADATA_INVALID);
    }

    @Test
    void chainMustLeadToTheConfiguredRoot() {
        // The attacker runs their own metadata service: a valid JWT under a root the relying party never configured.
        TestMds attacker = new TestMds();
        Bytes forged = attacker.sign(attacker.payload(99, LocalDate.parse("2026-07-01")));
        assertReason(() -> MetadataBlob.verify(forged, mds.rootStore(), clock), Reason.METADATA_INVALID);
    }

    @Test
    void signerMustBeTheChainLeaf() {
        // Signed by the root's key itself but presenting the signing certificate as leaf.
        Bytes wrongKey = mds.sign(mds.payload(3, LocalDate.parse("2026-07-01")).toString(),
                new TestPki.Issued(mds.root.key(), mds.signer.cert(), mds.signer.name()));
        assertReason(() -> MetadataBlob.verify(wrongKey, mds.rootStore(), clock), Reason.METADATA_INVALID);
    }

    @Test
    void criticalHeaderParametersAreRefused() throws Exception {
        // A BLOB whose header demands processing Citadel does not do (RFC 7515 §4.1.11) is not accepted.
        var header = new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                .x509CertChain(List.of(com.nimbusds.jose.util.Base64.encode(mds.signer.cert().encoded())))
                .criticalParams(java.util.Set.of("exp")).customParam("exp", 1).build();
        var jws = new com.nimbusds.jose.JWSObject(header, new com.nimbusds.jose.Payload(mds.payload(4, LocalDate.parse("2026-07-01")).toString()));
        jws.sign(new dev.citadel.cryptokit.jose.CryptoKitJwsSigner(mds.signer.key()));
        assertThatThrownBy(() -> MetadataBlob.verify(Bytes.of(jws.serialize().getBytes(StandardCharsets.US_ASCII)), mds.rootStore(), clock))
                .isInstanceOfSatisfying(PasskeyException.class, e -> assertThat(e.reason()).isEqualTo(Reason.METADATA_INVALID))
                .hasMessageContaining("critical parameters");
    }

    @Test
    void nextUpdateInThePastIsStale() {
        Bytes old = mds.sign(mds.payload(5, LocalDate.parse("2026-05-30")));
        assertReason(() -> MetadataBlob.verify(old, mds.rootStore(), clock), Reason.METADATA_STALE);
        // The nextUpdate day itself is still fresh.
        Bytes today = mds.sign(mds.payload(5, LocalDate.parse("2026-06-01")));
        assertThat(MetadataBlob.verify(today, mds.rootStore(), clock).no()).isEqualTo(5);
    }

    @Test
    void serialNumberMustIncrease() {
        MetadataBlob current = MetadataBlob.verify(blob(7), mds.rootStore(), clock);
        MetadataBlob replay = MetadataBlob.verify(blob(6), mds.rootStore(), clock);
        assertReason(() -> current.requireNewer(replay), Reason.METADATA_ROLLBACK);
        assertReason(() -> current.requireNewer(current), Reason.METADATA_ROLLBACK);
        assertThat(current.requireNewer(MetadataBlob.verify(blob(8), mds.rootStore(), clock)).no()).isEqualTo(8);
    }

    @Test
    void malformedPayloadIsInvalid() {
        assertReason(() -> MetadataBlob.verify(mds.sign("{\"no\":1}", mds.signer), mds.rootStore(), clock), Reason.METADATA_INVALID);
        assertReason(() -> MetadataBlob.verify(mds.sign("{\"no\":1,\"no\":2,\"nextUpdate\":\"2026-07-01\",\"entries\":[]}", mds.signer),
                mds.rootStore(), clock), Reason.METADATA_INVALID);
        assertReason(() -> MetadataBlob.verify(Bytes.of("not a jwt".getBytes(StandardCharsets.US_ASCII)), mds.rootStore(), clock),
                Reason.METADATA_INVALID);
    }

    @Test
    void entryListsAreBounded() {
        var entry = TestMds.entry(AAGUID, "Example Key", List.of());
        var ids = entry.putArray("attestationCertificateKeyIdentifiers");
        for (int i = 0; i <= MetadataBlob.MAX_PER_ENTRY; i++) {
            ids.add(String.format("%040x", i));
        }
        assertReason(() -> MetadataBlob.verify(mds.sign(mds.payload(1, LocalDate.parse("2026-07-01"), entry)), mds.rootStore(), clock),
                Reason.LIMIT_EXCEEDED);
    }

    @Test
    void unknownStatusesDoNotVoidTrustButAreKept() {
        MetadataBlob b = MetadataBlob.verify(mds.sign(mds.payload(1, LocalDate.parse("2026-07-01"),
                TestMds.entry(AAGUID, "Example Key", List.of(), "SOME_FUTURE_STATUS"))), mds.rootStore(), clock);
        assertThat(b.entries().getFirst().statusReports()).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(AuthenticatorStatus.UNKNOWN));
    }

    @Test
    void loadsFromAFileAndThroughAnInjectedFetcher(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("blob.jwt");
        Files.write(file, blob(9).toByteArray());
        assertThat(MetadataBlob.load(file, mds.rootStore(), clock).no()).isEqualTo(9);
        URI uri = URI.create("https://mds.example/");
        MetadataFetcher fetcher = u -> {
            assertThat(u).isEqualTo(uri);
            return blob(10);
        };
        assertThat(MetadataBlob.fetch(uri, fetcher, mds.rootStore(), clock).no()).isEqualTo(10);
        MetadataFetcher failing = u -> {
            throw new java.io.IOException("connection refused");
        };
        assertReason(() -> MetadataBlob.fetch(uri, failing, mds.rootStore(), clock), Reason.METADATA_INVALID);
    }

    @Test
    void theProductionRootIsGlobalSignRootCaR3FromTheJdkStore() {
        TrustStore root = MetadataBlob.fidoRoot();
        assertThat(root.anchors()).singleElement().satisfies(a -> assertThat(a.certificate().subject()).contains("GlobalSign Root CA - R3"));
    }
}
