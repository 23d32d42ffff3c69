package dev.citadel.attest;

import dev.citadel.testing.TestCbor;
import dev.citadel.encoding.Bytes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.internal.asn1.Asn1Reader;
import dev.citadel.attest.internal.cms.SignedData;
import dev.citadel.attest.internal.x509.CertificateFields;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property tests of the hostile-input parsers: random bytes and mutations (flips, truncations, insertions,
 * splices) of valid attestation objects, assertions and receipts. The only exception allowed to escape is
 * {@link AttestException}: any other (IndexOutOfBounds, NegativeArraySize, OutOfMemory, ClassCast, …)
 * fails the property.
 */
class ParserFuzzTest {

    private static final SyntheticAppAttest WORLD = new SyntheticAppAttest();
    private static final SyntheticAppAttest.Attestation ATTESTATION = WORLD.attestation();
    private static final byte[] OBJECT;
    private static final byte[] RECEIPT;
    private static final byte[] ASSERTION;

    static {
        ATTESTATION.extensions = TestCbor.map(AuthenticatorExtensions.BUNDLE_VERSION, "12",
                AuthenticatorExtensions.VALIDATION_CATEGORY, new byte[] {4, 0, 0, 0});
        OBJECT = ATTESTATION.object();
        RECEIPT = Ber.indefiniteWithChunkedContent(
                ATTESTATION.receipt(ATTESTATION.credentialCertificate(ATTESTATION.authData())), 64);
        ASSERTION = AssertionVerifierTest.assertion(ATTESTATION.credentialKey,
                AssertionVerifierTest.authenticatorData(SyntheticAppAttest.APP, 1, ATTESTATION.extensions), new byte[] {1});
    }

    /** Runs every parser that sees hostile bytes; returns normally or throws the typed family only. */
    static void parseEverything(byte[] input) {
        typed(() -> Cbor.decode(input));
        typed(() -> AttestationVerifier.parse(input));
        typed(() -> AuthenticatorData.parseAttestation(input));
        typed(() -> AuthenticatorData.parseAssertion(input));
        typed(() -> AssertionVerifier.parse(input));
        typed(() -> Asn1Reader.read(input, Asn1Reader.Rules.BER));
        typed(() -> Asn1Reader.read(input, Asn1Reader.Rules.DER));
        typed(() -> {
            SignedData sd = SignedData.parse(input);
            sd.certificates().forEach(c -> CertificateFields.parse(c.toByteArray()));
            Receipt.fromVerifiedPayload(Bytes.of(input), sd.content());
        });
        typed(() -> CertificateFields.parse(input).subjectKeyIdentifier());
        typed(() -> Receipt.fromVerifiedPayload(Bytes.of(input), Bytes.of(input)));
    }

    private static void typed(Runnable parse) {
        try {
            parse.run();
        } catch (AttestException expected) {
            // the one family allowed to escape
        }
    }

    @Property(tries = 3000)
    void randomBytes(@ForAll @Size(max = 512) byte[] input) {
        parseEverything(input);
    }

    @Property(tries = 2000)
    void mutatedAttestationObjects(@ForAll("attestationMutants") byte[] input) {
        parseEverything(input);
        if (input.length > 0) {
            typed(() -> AttestationVerifier.parse(input).x5c().forEach(c -> CertificateFields.parse(c.toByteArray())));
            typed(() -> AuthenticatorData.parseAttestation(AttestationVerifier.parse(input).authData()));
        }
    }

    @Property(tries = 2000)
    void mutatedReceipts(@ForAll("receiptMutants") byte[] input) {
        parseEverything(input);
    }

    @Property(tries = 1000)
    void mutatedAssertions(@ForAll("assertionMutants") byte[] input) {
        parseEverything(input);
        typed(() -> AuthenticatorData.parseAssertion(AssertionVerifier.parse(input).authenticatorData()));
    }

    @Provide
    Arbitrary<byte[]> attestationMutants() {
        return mutantsOf(OBJECT);
    }

    @Provide
    Arbitrary<byte[]> receiptMutants() {
        return mutantsOf(RECEIPT);
    }

    @Provide
    Arbitrary<byte[]> assertionMutants() {
        return mutantsOf(ASSERTION);
    }

    /** 1–4 edits of {@code seed}: byte flips, truncation, insertion of an absurd length header, or a duplicated slice. */
    static Arbitrary<byte[]> mutantsOf(byte[] seed) {
        Arbitrary<int[]> edit = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, seed.length - 1),
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(1, 64)).as((kind, at, value, len) -> new int[] {kind, at, value, len});
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> apply(seed, edits));
    }

    private static final List<byte[]> ABSURD = List.of(
            new byte[] {0x5b, 0x7f, -1, -1, -1, -1, -1, -1, -1},   // CBOR bytes of 2^63-1
            new byte[] {(byte) 0x9b, 0, 0, 0, 1, 0, 0, 0, 0},      // CBOR array of 2^32
            new byte[] {0x04, (byte) 0x84, 0x7f, -1, -1, -1},      // BER OCTET STRING of 2 GiB
            new byte[] {0x30, (byte) 0x80});                       // BER indefinite SEQUENCE

    static byte[] apply(byte[] seed, List<int[]> edits) {
        byte[] b = seed.clone();
        for (int[] e : edits) {
            int at = Math.min(e[1], Math.max(0, b.length - 1));
            switch (e[0]) {
                case 0 -> {
                    if (b.length > 0) {
                        b[at] = (byte) e[2];
                    }
                }
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 -> b = splice(b, at, ABSURD.get(e[2] % ABSURD.size()));
                default -> b = splice(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + e[3])));
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    @Property(tries = 1)
    void seedsParse() {
        assertThat(AttestationVerifier.parse(OBJECT).x5c()).hasSize(2);
        assertThat(SignedData.parse(RECEIPT).certificates()).hasSize(2);
        assertThat(AssertionVerifier.parse(ASSERTION).authenticatorData()).hasSizeGreaterThan(37);
    }
}
