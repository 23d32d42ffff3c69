package dev.citadel.attest;

import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.testing.RequiresVectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configured root files are accepted only with their pinned SHA-256 fingerprint. */
class PinnedRootTest {

    @Test
    @RequiresVectors("attest")
    void applesRootsLoadFromPem() {
        assertThat(AppAttestSamples.attestationRoot().fingerprint().hex()).isEqualTo(PinnedRoot.APP_ATTESTATION_ROOT_SHA256);
        assertThat(AppAttestSamples.receiptRoot().fingerprint().hex()).isEqualTo(PinnedRoot.APPLE_ROOT_CA_G3_SHA256);
    }

    @Test
    @RequiresVectors("attest")
    void theOtherRootIsRefused() {
        Path g3 = AppAttestSamples.dir().resolve("roots/AppleRootCA-G3.pem");
        assertReason(() -> PinnedRoot.appAttestationRoot(g3), Reason.ROOT_FINGERPRINT_MISMATCH);
    }

    @Test
    void aSubstitutedRootFileIsRefused(@TempDir Path dir) throws Exception {
        TestPki.Issued fake = TestPki.root("Apple App Attestation Root CA", SyntheticAppAttest.T, SyntheticAppAttest.T.plus(Duration.ofDays(1)));
        Path der = dir.resolve("root.der");
        Files.write(der, fake.der().toByteArray());
        assertReason(() -> PinnedRoot.appAttestationRoot(der), Reason.ROOT_FINGERPRINT_MISMATCH);
        Path pem = dir.resolve("root.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n" + fake.der().base64() + "\n-----END CERTIFICATE-----\n");
        assertThat(PinnedRoot.load(pem, fake.pinned().fingerprint().hex()).certificate()).isEqualTo(fake.der());
        Path two = dir.resolve("two.pem");
        Files.writeString(two, Files.readString(pem) + Files.readString(pem));
        assertReason(() -> PinnedRoot.load(two, fake.pinned().fingerprint().hex()), Reason.ROOT_FINGERPRINT_MISMATCH);
    }
}
