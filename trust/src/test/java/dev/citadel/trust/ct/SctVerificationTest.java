package dev.citadel.trust.ct;

import static dev.citadel.trust.ct.CtFixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.testing.RequiresVectors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each check of SCT verification, on real SCTs: without the check, the tampered input would verify (or
 * count). Each asserts its exact reason.
 */
@RequiresVectors("ct/real-scts")
class SctVerificationTest {

    private final CtVerifier apple = new CtVerifier(CtFixtures.realLogList(), CtPolicy.APPLE);
    private final CtInput google = CtFixtures.input("google.com");
    private final List<SignedCertificateTimestamp> scts = SctLists.fromCertificate(google.leafDer());

    private static CtException.Reason reason(Runnable r) {
        try {
            r.run();
        } catch (CtException e) {
            return e.ctReason();
        }
        throw new AssertionError("verified");
    }

    @Test
    void untamperedSctsVerify() {
        assertThat(scts).hasSize(2).allSatisfy(sct -> assertThat(apple.verify(sct, google, AT).sct()).isSameAs(sct));
    }

    @Test
    @DisplayName("a flipped bit in the SCT signature is BAD_SIGNATURE")
    void tamperedSignature() {
        byte[] encoded = scts.get(0).encoded();
        encoded[encoded.length - 2] ^= 0x01; // inside the ECDSA s value
        SignedCertificateTimestamp tampered = SctLists.parseOne(encoded, SctSource.EMBEDDED);
        assertThat(reason(() -> apple.verify(tampered, google, AT))).isEqualTo(CtException.Reason.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("a changed timestamp (the signed data) is BAD_SIGNATURE")
    void tamperedTimestamp() {
        byte[] encoded = scts.get(0).encoded();
        encoded[1 + 32 + 7] ^= 0x01;
        SignedCertificateTimestamp tampered = SctLists.parseOne(encoded, SctSource.EMBEDDED);
        assertThat(reason(() -> apple.verify(tampered, google, AT))).isEqualTo(CtException.Reason.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("a changed TBSCertificate (a name in the certificate) makes every embedded SCT BAD_SIGNATURE")
    void tamperedTbs() {
        byte[] leaf = google.leafDer();
        byte[] name = "google.com".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(leaf, name);
        assertThat(at).isPositive();
        leaf[at + 3] = 'f'; // goofle.com: same length, DER intact
        CtInput tampered = CtInput.of(leaf, CtFixtures.chain("google.com").get(1));
        for (SignedCertificateTimestamp sct : SctLists.fromCertificate(leaf)) {
            assertThat(reason(() -> apple.verify(sct, tampered, AT))).isEqualTo(CtException.Reason.BAD_SIGNATURE);
        }
        CtVerdict verdict = apple.evaluate(tampered, AT);
        assertThat(verdict).isInstanceOf(CtVerdict.NonCompliant.class);
        assertThat(verdict.scts()).extracting(SctFinding::disposition).containsOnly(SctDisposition.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("the wrong issuer (so the wrong issuer_key_hash) is BAD_SIGNATURE")
    void wrongIssuerKeyHash() {
        CtInput wrongIssuer = CtInput.of(google.leafDer(), CtFixtures.chain("bing.com").get(1));
        assertThat(reason(() -> apple.verify(scts.get(0), wrongIssuer, AT))).isEqualTo(CtException.Reason.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("an embedded SCT without the issuer is MISSING_ISSUER; delivered as TLS it is checked as X509 entry: BAD_SIGNATURE")
    void entryTypeFollowsTheSource() {
        assertThat(reason(() -> apple.verify(scts.get(0), CtInput.leafOnly(google.leafDer()), AT)))
                .isEqualTo(CtException.Reason.MISSING_ISSUER);
        SignedCertificateTimestamp asTls = SctLists.parseOne(scts.get(0).encoded(), SctSource.TLS_EXTENSION);
        assertThat(reason(() -> apple.verify(asTls, google, AT))).isEqualTo(CtException.Reason.BAD_SIGNATURE);
    }

    @Test
    @DisplayName("a validly signed SCT dated after the validation instant is FUTURE_TIMESTAMP")
    void futureTimestamp() {
        SignedCertificateTimestamp sct = scts.get(0);
        java.time.Instant before = sct.timestamp().minusMillis(1);
        assertThat(reason(() -> apple.verify(sct, google, before))).isEqualTo(CtException.Reason.FUTURE_TIMESTAMP);
        assertThat(apple.verify(sct, google, sct.timestamp()).sct()).isSameAs(sct);
        CtVerdict verdict = apple.evaluate(google, before);
        assertThat(verdict.scts().get(0).disposition()).isEqualTo(SctDisposition.FUTURE_TIMESTAMP);
    }

    @Test
    @DisplayName("a log missing from the list is UNKNOWN_LOG, reported per SCT and not fatal")
    void unknownLog() {
        LogList all = CtFixtures.realLogList();
        LogList list = new LogList(all.version(), all.timestamp(), all.operators(),
                all.logs().stream().filter(l -> !l.description().contains("Xenon2026h1")).toList());
        CtVerifier verifier = new CtVerifier(list, CtPolicy.APPLE);
        SignedCertificateTimestamp xenon = scts.stream()
                .filter(s -> apple.verify(s, google, AT).log().description().contains("Xenon")).findFirst().orElseThrow();
        assertThat(reason(() -> verifier.verify(xenon, google, AT))).isEqualTo(CtException.Reason.UNKNOWN_LOG);
        CtVerdict verdict = verifier.evaluate(google, AT);
        assertThat(verdict.scts()).extracting(SctFinding::disposition)
                .containsExactlyInAnyOrder(SctDisposition.UNKNOWN_LOG, SctDisposition.COUNTED);
        assertThat(((CtVerdict.NonCompliant) verdict).reason()).isEqualTo(CtVerdict.Reason.NOT_ENOUGH_SCTS);
    }

    @Test
    @DisplayName("a hash other than SHA-256, or a signature algorithm other than ECDSA/RSA, is UNSUPPORTED_ALGORITHM")
    void unsupportedAlgorithms() {
        byte[] encoded = scts.get(0).encoded();
        int hashAt = 1 + 32 + 8 + 2;
        byte[] sha1 = encoded.clone();
        sha1[hashAt] = 2;
        byte[] dsa = encoded.clone();
        dsa[hashAt + 1] = 2;
        byte[] rsaClaim = encoded.clone();
        rsaClaim[hashAt + 1] = 1; // the log key is P-256: an RSA claim cannot verify
        assertThat(reason(() -> apple.verify(SctLists.parseOne(sha1, SctSource.EMBEDDED), google, AT)))
                .isEqualTo(CtException.Reason.UNSUPPORTED_ALGORITHM);
        assertThat(reason(() -> apple.verify(SctLists.parseOne(dsa, SctSource.EMBEDDED), google, AT)))
                .isEqualTo(CtException.Reason.UNSUPPORTED_ALGORITHM);
        assertThat(reason(() -> apple.verify(SctLists.parseOne(rsaClaim, SctSource.EMBEDDED), google, AT)))
                .isEqualTo(CtException.Reason.BAD_SIGNATURE);
    }

    @Test
    void malformedLeafThrows() {
        byte[] leaf = google.leafDer();
        assertThatThrownBy(() -> apple.evaluate(CtInput.of(Arrays.copyOf(leaf, leaf.length - 1), CtFixtures.chain("google.com").get(1)), AT))
                .isInstanceOfSatisfying(CtException.class, e -> assertThat(e.ctReason()).isEqualTo(CtException.Reason.MALFORMED_CERTIFICATE));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
