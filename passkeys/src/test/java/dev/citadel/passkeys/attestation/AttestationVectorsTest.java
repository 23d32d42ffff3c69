package dev.citadel.passkeys.attestation;

import org.junit.jupiter.api.Test;
import dev.citadel.encoding.cbor.CborValue.CborText;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.Bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.AttestationVerdict.Untrusted;
import dev.citadel.passkeys.attestation.AttestationVerdict.UntrustedReason;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.VectorCases;
import dev.citadel.trust.Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registration of the shared WebAuthn vectors through its attestation format and the trust policy:
 * W3C x5c vectors trusted under their embedded root, packed self = self attestation, none = none, real
 * devices and Chromium's self-signed batch certificates = a valid statement whose chain reaches no anchor.
 */
@RequiresVectors("webauthn")
class AttestationVectorsTest {

    /** Cases Citadel cannot verify, with the exact reason (see docs/passkeys-attestation.md). */
    static final Map<String, Reason> UNVERIFIABLE = Map.of();

    private static final AtomicLong PASSED = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> everyRegistrationGetsItsExpectedVerdict() {
        List<WebAuthnVectors.Case> cases = WebAuthnVectors.all();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(49);
        Certificate w3cRoot = cases.stream().flatMap(c -> c.w3cRoot().stream()).findFirst().orElseThrow();
        AttestationTrustPolicy policy = AttestationTrustPolicy.builder().anchors(List.of(w3cRoot)).build();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Reason unverifiable = UNVERIFIABLE.get(c.toString());
            if (unverifiable != null) {
                assertThatThrownBy(() -> verify(c, policy)).isInstanceOf(PasskeyException.class)
                        .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(unverifiable));
                PASSED.incrementAndGet();
                return;
            }
            AttestationVerdict v = verify(c, policy);
            String fmt = c.fmt();
            if (fmt.equals("none")) {
                assertThat(v).isInstanceOf(AttestationVerdict.NoAttestation.class);
            } else if (c.name().startsWith("packed-self")) {
                assertThat(v).isInstanceOf(AttestationVerdict.SelfAttested.class);
            } else if (c.folder().startsWith("w3c")) {
                assertThat(v).as(String.valueOf(v)).isInstanceOf(AttestationVerdict.Trusted.class);
            } else {
                // Real devices (no vendor root supplied) and Chromium's self-signed batch certificate.
                assertThat(v).as(String.valueOf(v)).isInstanceOf(Untrusted.class);
                assertThat(((Untrusted) v).reason()).as(((Untrusted) v).detail()).isEqualTo(UntrustedReason.NO_TRUST_ANCHOR);
            }
            PASSED.incrementAndGet();
        }));
    }

    /**
     * RS1 (RSA PKCS #1 v1.5 with SHA-1) is read for TPM statements only, and still checked: the real TPM captures
     * verify as they are, and fail with one flipped bit in sig.
     */
    @Test
    void rs1TpmSignaturesAreChecked() {
        for (String name : List.of("yubico-java-webauthn-server/ThinkpadTpm", "yubico-java-webauthn-server/WindowsHelloTpm")) {
            WebAuthnVectors.Case c = WebAuthnVectors.all().stream().filter(v -> v.toString().equals(name)).findFirst().orElseThrow();
            AttestationInput input = c.input();
            assertThat(((CborMap) input.attStmt()).entries().get(new CborText("alg"))).isEqualTo(new CborInteger(-65535));
            assertThat(AttestationFormats.forIdentifier("tpm").verify(input).type()).isEqualTo(AttestationType.ATTCA);
            java.util.Map<CborValue, CborValue> tampered = new java.util.LinkedHashMap<>(((CborMap) input.attStmt()).entries());
            byte[] sig = ((CborBytes) tampered.get(new CborText("sig"))).value().toByteArray();
            sig[sig.length / 2] ^= 1;
            tampered.put(new CborText("sig"), new CborBytes(Bytes.of(sig)));
            AttestationInput forged = new AttestationInput("tpm", new CborMap(tampered), input.authData(), input.clientDataHash());
            assertThatThrownBy(() -> AttestationFormats.forIdentifier("tpm").verify(forged)).isInstanceOf(PasskeyException.class)
                    .satisfies(e -> assertThat(((PasskeyException) e).reason()).isEqualTo(Reason.SIGNATURE_INVALID));
        }
    }

    static AttestationVerdict verify(WebAuthnVectors.Case c, AttestationTrust trust) {
        AttestationInput input = c.input();
        VerifiedStatement statement = AttestationFormats.forIdentifier(input.fmt()).verify(input);
        List<Certificate> certs = new ArrayList<>(statement.trustPath());
        c.w3cRoot().ifPresent(certs::add);
        Instant at = c.verifyAt(certs);
        return trust.evaluate(statement, input.authData().attestedCredentialData().orElseThrow().aaguid(), at);
    }

    @AfterAll
    static void report() {
        VectorCases.report("webauthn attestation", PASSED.get(), 0, 0, Map.of());
    }
}
