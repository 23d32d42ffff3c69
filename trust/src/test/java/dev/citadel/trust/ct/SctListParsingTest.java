package dev.citadel.trust.ct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 6962 §3.2–3.3 TLS encodings: every malformed shape is refused with its reason. */
class SctListParsingTest {

    /** A well-formed v1 SCT with {@code extensions} and {@code signature} of the given sizes. */
    static byte[] sct(int version, int extensions, int signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(version);
        out.writeBytes(new byte[32]);
        out.writeBytes(new byte[] {0, 0, 1, (byte) 0x9c, 0x1f, 0x2b, 0x3c, 0x4d});
        out.write(extensions >>> 8);
        out.write(extensions);
        out.writeBytes(new byte[extensions]);
        out.write(4);
        out.write(3);
        out.write(signature >>> 8);
        out.write(signature);
        out.writeBytes(new byte[signature]);
        return out.toByteArray();
    }

    static byte[] good() {
        return sct(0, 0, 71);
    }

    private static CtException.Reason reasonOf(byte[] list) {
        try {
            SctLists.parse(list, SctSource.TLS_EXTENSION);
        } catch (CtException e) {
            return e.ctReason();
        }
        throw new AssertionError("parsed");
    }

    @Test
    void wellFormedListParses() {
        List<SignedCertificateTimestamp> scts = SctLists.parse(CtFixtures.tlsList(good(), sct(0, 8, 256)), SctSource.OCSP);
        assertThat(scts).hasSize(2);
        assertThat(scts.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(0x19c1f2b3c4dL));
        assertThat(scts.get(1).extensions()).hasSize(8);
        assertThat(scts.get(1).signature()).hasSize(256);
        assertThat(scts.get(0).source()).isEqualTo(SctSource.OCSP);
        assertThat(scts.get(0).encoded()).isEqualTo(good());
    }

    @Test
    @DisplayName("truncated list: the outer length promises more than is there")
    void truncated() {
        byte[] list = CtFixtures.tlsList(good());
        assertThat(reasonOf(Arrays.copyOf(list, list.length - 1))).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
        assertThat(reasonOf(new byte[] {0})).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    @DisplayName("trailing bytes after the list, and inside an SCT, are refused")
    void trailingBytes() {
        byte[] list = CtFixtures.tlsList(good());
        assertThat(reasonOf(Arrays.copyOf(list, list.length + 1))).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
        byte[] padded = Arrays.copyOf(good(), good().length + 1);
        assertThat(reasonOf(CtFixtures.tlsList(padded))).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    @DisplayName("zero entries: sct_list is <1..2^16-1>; an empty SerializedSCT too")
    void zeroEntries() {
        assertThat(reasonOf(new byte[] {0, 0})).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
        assertThat(reasonOf(new byte[] {0, 2, 0, 0})).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    @DisplayName("oversized lengths: an SCT, its extensions or its signature over the named limits")
    void oversized() {
        assertThat(reasonOf(CtFixtures.tlsList(sct(0, 0, SctLists.MAX_SIGNATURE_BYTES + 1)))).isEqualTo(CtException.Reason.LIMIT_EXCEEDED);
        assertThat(reasonOf(CtFixtures.tlsList(sct(0, SctLists.MAX_EXTENSIONS_BYTES + 1, 64)))).isEqualTo(CtException.Reason.LIMIT_EXCEEDED);
        assertThat(reasonOf(CtFixtures.tlsList(sct(0, 0, 3000)))).isEqualTo(CtException.Reason.LIMIT_EXCEEDED);
        byte[][] many = new byte[SctLists.MAX_SCTS_PER_LIST + 1][];
        Arrays.fill(many, good());
        assertThat(reasonOf(CtFixtures.tlsList(many))).isEqualTo(CtException.Reason.LIMIT_EXCEEDED);
        // An SCT length prefix larger than what follows: truncated, not a read past the end.
        byte[] lying = {0, 4, 0x09, 0x00, 0, 0};
        assertThat(reasonOf(lying)).isEqualTo(CtException.Reason.LIMIT_EXCEEDED);
        byte[] lyingSmall = {0, 4, 0x01, 0x00, 0, 0};
        assertThat(reasonOf(lyingSmall)).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    @DisplayName("§3.2: only v1 (0); an empty signature; a timestamp over 2^63-1")
    void fieldRules() {
        assertThat(reasonOf(CtFixtures.tlsList(sct(1, 0, 64)))).isEqualTo(CtException.Reason.UNSUPPORTED_SCT_VERSION);
        assertThat(reasonOf(CtFixtures.tlsList(sct(0, 0, 0)))).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
        byte[] huge = good();
        huge[33] = (byte) 0x80;
        assertThat(reasonOf(CtFixtures.tlsList(huge))).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST);
    }

    @Test
    void malformedCertificateIsRefused() {
        assertThatThrownBy(() -> SctLists.fromCertificate(new byte[] {0x30, 0x03, 0x02, 0x01}))
                .isInstanceOfSatisfying(CtException.class, e -> assertThat(e.ctReason()).isEqualTo(CtException.Reason.MALFORMED_CERTIFICATE));
    }

    @Test
    @RequiresVectors("ct/ct-go-testdata")
    @DisplayName("certificate-transparency-go's test-cert.proof is one v1 SCT (SHA-256/ECDSA)")
    void ctGoProofParses() throws Exception {
        byte[] proof = Files.readAllBytes(Vectors.resolve("ct/ct-go-testdata/testdata/test-cert.proof"));
        SignedCertificateTimestamp sct = SctLists.parseOne(proof, SctSource.TLS_EXTENSION);
        assertThat(sct.hashAlgorithm()).isEqualTo(SignedCertificateTimestamp.HASH_SHA256);
        assertThat(sct.signatureAlgorithm()).isEqualTo(SignedCertificateTimestamp.SIGNATURE_ECDSA);
        assertThat(sct.encoded()).isEqualTo(proof);
        assertThatThrownBy(() -> SctLists.parseOne(Arrays.copyOf(proof, proof.length + 1), SctSource.TLS_EXTENSION))
                .isInstanceOfSatisfying(CtException.class, e -> assertThat(e.ctReason()).isEqualTo(CtException.Reason.MALFORMED_SCT_LIST));
    }
}
