package dev.citadel.passkeys.attestation;

import dev.citadel.testing.TestCbor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.passkeys.AuthenticatorData;
import dev.citadel.passkeys.attestation.TestPki.Ext;
import dev.citadel.passkeys.attestation.TestPki.Issued;
import dev.citadel.passkeys.internal.Cbor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.DEROctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The usage example of docs/passkeys-attestation.md, with a generated vendor root, metadata root and BLOB. */
class DocsExampleTest {

    @Test
    void usageExampleRuns(@TempDir Path dir) throws Exception {
        TestAuthenticator authenticator = new TestAuthenticator();
        Issued vendorRoot = TestPki.root("Example Vendor Root");
        var attestationKey = TestPki.p256();
        Issued attestationCert = TestPki.leaf(vendorRoot, TestPki.PACKED_SUBJECT, attestationKey, false,
                List.of(new Ext(PackedFormat.AAGUID_EXTENSION, false, new DEROctetString(authenticator.aaguid))));
        Path roots = Files.createDirectories(dir.resolve("attestation-roots"));
        Files.writeString(roots.resolve("vendor.pem"), vendorRoot.cert().toPem());
        TestMds mdsService = new TestMds();
        Path blobFile = dir.resolve("mds.jwt");
        Files.write(blobFile, mdsService.sign(mdsService.payload(1, LocalDate.parse("2026-07-01"),
                TestMds.entry(MetadataBlobTest.AAGUID, "Example Key", List.of(), "FIDO_CERTIFIED_L1"))).toByteArray());
        Clock clock = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
        String fmt = "packed";
        CborValue attStmt = Cbor.decode(TestCbor.encode(TestCbor.map("alg", -7,
                "sig", attestationKey.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, authenticator.signedData()),
                "x5c", List.of(attestationCert.cert().encoded()))));
        AuthenticatorData authData = AuthenticatorData.parse(Bytes.of(authenticator.authData()));
        Bytes clientDataHash = TestAuthenticator.CLIENT_DATA_HASH;

        // ---- as in the document (metadata root and clock are the test's own)
        MetadataBlob mds = MetadataBlob.load(blobFile, mdsService.rootStore(), clock);
        AttestationTrustPolicy trust = AttestationTrustPolicy.builder()
                .anchorsFromPem(roots)
                .metadata(mds)
                .build();
        AttestationStatementFormat format = AttestationFormats.forIdentifier(fmt);
        VerifiedStatement statement = format.verify(new AttestationInput(fmt, attStmt, authData, clientDataHash));
        Bytes aaguid = authData.attestedCredentialData().orElseThrow().aaguid();
        String shown = switch (trust.evaluate(statement, aaguid, clock.instant())) {
            case AttestationVerdict.Trusted t -> "trusted: " + t.authenticatorDescription();
            case AttestationVerdict.SelfAttested s -> "self attestation";
            case AttestationVerdict.NoAttestation n -> "no attestation";
            case AttestationVerdict.Untrusted u -> u.reason() + ": " + u.detail();
        };
        assertThat(shown).isEqualTo("trusted: Example Key");
        assertThat(trust.authenticator(aaguid)).get().extracting(AuthenticatorInfo::description).isEqualTo("Example Key");
        trust = trust.withMetadata(MetadataBlob.fetch(URI.create("https://mds.example/"),
                u -> mdsService.sign(mdsService.payload(2, LocalDate.parse("2026-07-01"))), mdsService.rootStore(), clock));
        assertThat(trust.metadata()).get().extracting(MetadataBlob::no).isEqualTo(2);
    }
}
