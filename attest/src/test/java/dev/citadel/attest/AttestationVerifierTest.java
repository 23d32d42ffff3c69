package dev.citadel.attest;

import dev.citadel.testing.TestCbor;
import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.ExtensionPolicy.Missing;
import dev.citadel.attest.TestPki.Issued;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Attestation verification against a test PKI: each check, and an object that passes only without it. */
class AttestationVerifierTest {

    final SyntheticAppAttest world = new SyntheticAppAttest();
    final AttestationVerifier production = world.verifier(Environment.PRODUCTION);

    @Test
    void wellFormedAttestationVerifies() {
        SyntheticAppAttest.Attestation a = world.attestation();
        AttestationResult r = a.verifyWith(production);
        assertThat(r.keyId()).isEqualTo(a.keyId());
        assertThat(r.publicKey()).isEqualTo(a.credentialKey.publicKey());
        assertThat(r.counter()).isZero();
        assertThat(r.receipt().type()).isEqualTo(ReceiptType.ATTEST);
        assertThat(r.toAttestedKey().counter()).isZero();
    }

    @Nested
    @DisplayName("Apple's steps")
    class Steps {

        @Test
        @DisplayName("1: a chain to a substituted root with the same name is untrusted")
        void substitutedRoot() {
            Issued fakeRoot = TestPki.root("Test App Attestation Root CA", SyntheticAppAttest.T.minus(Duration.ofDays(365)),
                    SyntheticAppAttest.T.plus(Duration.ofDays(3650)));
            SyntheticAppAttest.Attestation a = world.attestation();
            a.issuingCa = TestPki.ca(fakeRoot, "Test App Attestation CA 1", SyntheticAppAttest.T.minus(Duration.ofDays(300)),
                    SyntheticAppAttest.T.plus(Duration.ofDays(1000)));
            assertReason(() -> a.verifyWith(production), Reason.CHAIN_UNTRUSTED);
        }

        @Test
        @DisplayName("1: expired and not-yet-valid credential certificates")
        void validityPeriod() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            assertReason(() -> world.verifier(Environment.PRODUCTION, ExtensionPolicy.acceptAny(), SyntheticAppAttest.T.plus(Duration.ofDays(3)))
                    .verify(a.keyId(), object, a.hash()), Reason.CERTIFICATE_EXPIRED);
            assertReason(() -> world.verifier(Environment.PRODUCTION, ExtensionPolicy.acceptAny(), SyntheticAppAttest.T.minus(Duration.ofDays(2)))
                    .verify(a.keyId(), object, a.hash()), Reason.CERTIFICATE_NOT_YET_VALID);
        }

        @Test
        @DisplayName("2–4: a nonce extension over other authenticator data")
        void wrongNonce() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.nonceOverride = SHA256.hash(new byte[] {1}).bytes();
            assertReason(() -> a.verifyWith(production), Reason.NONCE_MISMATCH);
        }

        @Test
        @DisplayName("2–4: another clientDataHash (a replayed attestation for another challenge)")
        void otherClientDataHash() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            assertReason(() -> production.verify(a.keyId(), object, ClientDataHash.sha256Of("another challenge".getBytes())),
                    Reason.NONCE_MISMATCH);
        }

        @Test
        @DisplayName("3: no nonce extension")
        void missingNonce() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.omitNonce = true;
            assertReason(() -> a.verifyWith(production), Reason.MALFORMED_CERTIFICATE);
        }

        @Test
        @DisplayName("5: the key id the app sent is not SHA-256 of the certificate key")
        void keyIdMismatch() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            KeyId other = KeyId.of(P256.Signing.PrivateKey.generate().publicKey());
            assertReason(() -> production.verify(other, object, a.hash()), Reason.KEY_ID_MISMATCH);
        }

        @Test
        @DisplayName("authData's COSE key is not the certificate key")
        void coseKeyMismatch() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.coseKey = P256.Signing.PrivateKey.generate().publicKey();
            assertReason(() -> a.verifyWith(production), Reason.CREDENTIAL_KEY_MISMATCH);
        }

        @Test
        @DisplayName("6: RP ID hash of another App ID")
        void rpIdMismatch() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.rpApp = AppId.parse("ABCDE12345.com.example.other");
            assertReason(() -> a.verifyWith(production), Reason.RP_ID_MISMATCH);
        }

        @Test
        @DisplayName("7: counter not 0")
        void counterNotZero() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.counter = 1;
            assertReason(() -> a.verifyWith(production), Reason.COUNTER_NOT_ZERO);
        }

        @Test
        @DisplayName("8: a development key on a production verifier, and the reverse")
        void environment() {
            SyntheticAppAttest.Attestation dev = world.attestation();
            dev.environment = Environment.DEVELOPMENT;
            assertReason(() -> dev.verifyWith(production), Reason.ENVIRONMENT_MISMATCH);
            SyntheticAppAttest.Attestation prod = world.attestation();
            assertReason(() -> prod.verifyWith(world.verifier(Environment.DEVELOPMENT)), Reason.ENVIRONMENT_MISMATCH);
            assertThat(dev.verifyWith(world.verifier(Environment.DEVELOPMENT)).environment()).isEqualTo(Environment.DEVELOPMENT);
        }

        @Test
        @DisplayName("8: an AAGUID of neither environment")
        void unknownAaguid() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.aaguid = Arrays.copyOf("appattest".getBytes(), 15);
            a.aaguid = Arrays.copyOf(a.aaguid, 16);
            a.aaguid[15] = 1;
            assertReason(() -> a.verifyWith(production), Reason.UNKNOWN_AAGUID);
        }

        @Test
        @DisplayName("9: credential id ≠ key id")
        void credentialIdMismatch() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.credentialId = SHA256.hash("another key".getBytes()).bytes();
            assertReason(() -> a.verifyWith(production), Reason.CREDENTIAL_ID_MISMATCH);
        }
    }

    @Nested
    @DisplayName("authenticator-data extensions (2026)")
    class Extensions {

        SyntheticAppAttest.Attestation withExtensions(long category, String version) {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.extensions = TestCbor.map(AuthenticatorExtensions.BUNDLE_VERSION, version,
                    AuthenticatorExtensions.VALIDATION_CATEGORY, new byte[] {(byte) category, 0, 0, 0});
            return a;
        }

        @Test
        void readWithTheEdFlagClearOrSet() {
            SyntheticAppAttest.Attestation clear = withExtensions(4, "42");
            AttestationResult r = clear.verifyWith(production);
            assertThat(r.extensions().validationCategory()).contains(ValidationCategory.APP_STORE);
            assertThat(r.extensions().bundleVersion()).contains("42");
            SyntheticAppAttest.Attestation set = withExtensions(2, "43");
            set.flags |= AuthenticatorData.FLAG_ED;
            assertThat(set.verifyWith(production).extensions().validationCategory()).contains(ValidationCategory.TESTFLIGHT);
        }

        @Test
        void categoryOutsideThePolicy() {
            ExtensionPolicy storeOnly = ExtensionPolicy.acceptAny().allowingCategories(Set.of(ValidationCategory.APP_STORE), Missing.ACCEPT);
            AttestationVerifier v = world.verifier(Environment.PRODUCTION, storeOnly, SyntheticAppAttest.T);
            assertReason(() -> withExtensions(3, "1").verifyWith(v), Reason.VALIDATION_CATEGORY_NOT_ALLOWED);
            assertThat(withExtensions(4, "1").verifyWith(v).extensions().validationCategory()).contains(ValidationCategory.APP_STORE);
            assertThat(world.attestation().verifyWith(v).extensions().present()).isFalse();
        }

        @Test
        void missingCategoryWhereRequired() {
            ExtensionPolicy required = ExtensionPolicy.acceptAny().allowingCategories(Set.of(ValidationCategory.APP_STORE), Missing.REJECT);
            assertReason(() -> world.attestation().verifyWith(world.verifier(Environment.PRODUCTION, required, SyntheticAppAttest.T)),
                    Reason.VALIDATION_CATEGORY_NOT_ALLOWED);
        }

        @Test
        void bundleVersionOutsideThePolicy() {
            ExtensionPolicy shipped = ExtensionPolicy.acceptAny().allowingBundleVersions(Set.of("41", "42"), Missing.REJECT);
            AttestationVerifier v = world.verifier(Environment.PRODUCTION, shipped, SyntheticAppAttest.T);
            assertReason(() -> withExtensions(4, "99").verifyWith(v), Reason.BUNDLE_VERSION_NOT_ALLOWED);
            assertThat(withExtensions(4, "42").verifyWith(v).extensions().bundleVersion()).contains("42");
        }

        @Test
        void categoryOfThreeBytesIsMalformed() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.extensions = TestCbor.map(AuthenticatorExtensions.VALIDATION_CATEGORY, new byte[] {4, 0, 0});
            assertReason(() -> a.verifyWith(production), Reason.MALFORMED_EXTENSIONS);
        }

        @Test
        void edFlagWithoutExtensionsIsMalformed() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.flags |= AuthenticatorData.FLAG_ED;
            assertReason(() -> a.verifyWith(production), Reason.MALFORMED_AUTHENTICATOR_DATA);
        }

        @Test
        void unknownExtensionsAreReportedByName() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.extensions = TestCbor.map("apple_future_01", 7);
            assertThat(a.verifyWith(production).extensions().otherKeys()).containsExactly("apple_future_01");
        }
    }

    @Nested
    @DisplayName("the embedded receipt")
    class EmbeddedReceipt {

        @Test
        void receiptOfTypeReceipt() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.receiptType = ReceiptType.RECEIPT;
            assertReason(() -> a.verifyWith(production), Reason.RECEIPT_MISMATCH);
        }

        @Test
        void receiptForAnotherClientDataHash() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.receiptClientDataHash = SHA256.hash("other".getBytes()).bytes();
            assertReason(() -> a.verifyWith(production), Reason.RECEIPT_MISMATCH);
        }

        @Test
        void receiptForAnotherApp() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.receiptAppId = "ABCDE12345.com.example.other";
            assertReason(() -> a.verifyWith(production), Reason.RECEIPT_APP_ID_MISMATCH);
        }

        @Test
        void receiptSignedByAnotherKey() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.receiptSigningKey = P256.Signing.PrivateKey.generate();
            assertReason(() -> a.verifyWith(production), Reason.SIGNATURE_INVALID);
        }
    }

    @Nested
    @DisplayName("strict parsing of the object")
    class Parsing {

        @Test
        void otherFormat() {
            SyntheticAppAttest.Attestation a = world.attestation();
            a.fmt = "packed";
            assertReason(() -> a.verifyWith(production), Reason.UNSUPPORTED_FORMAT);
        }

        @Test
        void truncated() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            assertReason(() -> production.verify(a.keyId(), Arrays.copyOf(object, object.length - 1), a.hash()), Reason.MALFORMED_CBOR);
        }

        @Test
        void trailingGarbage() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            byte[] longer = Arrays.copyOf(object, object.length + 1);
            assertReason(() -> production.verify(a.keyId(), longer, a.hash()), Reason.TRAILING_BYTES);
        }

        @Test
        void indefiniteLengthMap() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            assertThat(object[0]).isEqualTo((byte) 0xa3);
            byte[] indefinite = Arrays.copyOf(object, object.length + 1);
            indefinite[0] = (byte) 0xbf;
            indefinite[object.length] = (byte) 0xff;
            assertReason(() -> production.verify(a.keyId(), indefinite, a.hash()), Reason.INDEFINITE_LENGTH);
        }

        @Test
        void duplicateKey() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            // {fmt, attStmt, authData, fmt}: the second fmt could otherwise override the first
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xa4);
            out.writeBytes(Arrays.copyOfRange(object, 1, object.length));
            out.writeBytes(TestCbor.encode("fmt"));
            out.writeBytes(TestCbor.encode("packed"));
            assertReason(() -> production.verify(a.keyId(), out.toByteArray(), a.hash()), Reason.DUPLICATE_KEY);
        }

        @Test
        void extraField() {
            SyntheticAppAttest.Attestation a = world.attestation();
            byte[] object = a.object();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0xa4);
            out.writeBytes(Arrays.copyOfRange(object, 1, object.length));
            out.writeBytes(TestCbor.encode("extra"));
            out.writeBytes(TestCbor.encode(1));
            assertReason(() -> production.verify(a.keyId(), out.toByteArray(), a.hash()), Reason.MALFORMED_ATTESTATION);
        }

        @Test
        void x5cOfTheWrongType() {
            byte[] object = TestCbor.encode(TestCbor.map("fmt", AttestationVerifier.FORMAT,
                    "attStmt", TestCbor.map("x5c", List.of("not bytes"), "receipt", new byte[1]), "authData", new byte[37]));
            assertReason(() -> AttestationVerifier.parse(object), Reason.MALFORMED_ATTESTATION);
        }

        @Test
        void oversizedObject() {
            assertReason(() -> AttestationVerifier.parse(new byte[AttestationVerifier.MAX_OBJECT_BYTES + 1]), Reason.LIMIT_EXCEEDED);
        }
    }
}
