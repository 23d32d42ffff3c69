package dev.citadel.trust;

import static dev.citadel.trust.pki.TestPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile bytes and hostile graphs: typed errors with their reasons, in bounded time. */
class BadInputTest {

    static final Issued ROOT = TestPki.root("CN=Bad Input Root");
    static final Issued LEAF = ROOT.issue(TestPki.leaf("CN=x").dns("a.example"));

    static TrustReason parseFailure(byte[] der) {
        try {
            Certificate.parse(der);
        } catch (CertificateFormatException e) {
            return e.reason();
        }
        throw new AssertionError("parsed");
    }

    @Test
    void trailingBytes() {
        byte[] der = LEAF.certificate().encoded();
        assertThat(parseFailure(Arrays.copyOf(der, der.length + 1))).isEqualTo(TrustReason.TRAILING_BYTES);
    }

    @Test
    void truncatedAndGarbage() {
        byte[] der = LEAF.certificate().encoded();
        assertThat(parseFailure(Arrays.copyOf(der, der.length - 1))).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
        assertThat(parseFailure(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01})).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
        assertThat(parseFailure(new byte[0])).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
    }

    @Test
    void absurdLength() {
        byte[] der = LEAF.certificate().encoded();
        byte[] bad = der.clone();
        // outer SEQUENCE claims 2^31 bytes in a 4-octet length
        byte[] absurd = new byte[der.length + 2];
        absurd[0] = 0x30;
        absurd[1] = (byte) 0x84;
        absurd[2] = 0x7f;
        absurd[3] = (byte) 0xff;
        absurd[4] = (byte) 0xff;
        absurd[5] = (byte) 0xff;
        System.arraycopy(der, 4, absurd, 6, der.length - 4);
        assertThat(parseFailure(absurd)).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
        bad[1] = (byte) 0x89; // 9 length octets
        assertThat(parseFailure(bad)).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
    }

    @Test
    void nonMinimalAndIndefiniteLengths() {
        byte[] der = LEAF.certificate().encoded();
        // re-encode the outer length with one extra leading zero octet: BER, not DER
        int lenOctets = (der[1] & 0x7f);
        byte[] nonMinimal = new byte[der.length + 1];
        nonMinimal[0] = 0x30;
        nonMinimal[1] = (byte) (0x80 | (lenOctets + 1));
        nonMinimal[2] = 0;
        System.arraycopy(der, 2, nonMinimal, 3, der.length - 2);
        assertThat(parseFailure(nonMinimal)).isEqualTo(TrustReason.NON_DER_ENCODING);
        byte[] indefinite = new byte[der.length - lenOctets + 2];
        indefinite[0] = 0x30;
        indefinite[1] = (byte) 0x80;
        System.arraycopy(der, 2 + lenOctets, indefinite, 2, der.length - 2 - lenOctets);
        assertThat(parseFailure(indefinite)).isEqualTo(TrustReason.NON_DER_ENCODING);
    }

    @Test
    void nonCanonicalBoolean() {
        byte[] der = LEAF.certificate().encoded();
        // the keyUsage extension is critical: BOOLEAN 01 01 FF -> 01 01 01
        byte[] bad = der.clone();
        for (int i = 0; i + 2 < bad.length; i++) {
            if (bad[i] == 0x01 && bad[i + 1] == 0x01 && bad[i + 2] == (byte) 0xff) {
                bad[i + 2] = 0x01;
                break;
            }
        }
        assertThat(parseFailure(bad)).isEqualTo(TrustReason.NON_DER_ENCODING);
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        int depth = 100_000;
        byte[] nested = new byte[depth * 2];
        for (int i = 0; i < depth; i++) {
            nested[2 * i] = 0x30;
            nested[2 * i + 1] = (byte) 0x80; // indefinite: refused as BER before any recursion
        }
        assertThat(parseFailure(nested)).isEqualTo(TrustReason.NON_DER_ENCODING);
        byte[] definite = new byte[64];
        for (int i = 0; i < 32; i++) {
            definite[2 * i] = 0x30;
            definite[2 * i + 1] = (byte) (62 - 2 * i);
        }
        assertThat(parseFailure(definite)).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
    }

    @Test
    void oversizedInputIsRefusedUnread() {
        assertThat(parseFailure(new byte[Certificate.MAX_ENCODED_BYTES + 1])).isEqualTo(TrustReason.MALFORMED_CERTIFICATE);
    }

    @Test
    void issuerLoopEnds() {
        KeyPair a = TestPki.newKey("EC");
        KeyPair b = TestPki.newKey("EC");
        Issued aSelf = TestPki.selfSigned(TestPki.ca("CN=Loop A").key(a));
        Issued bByA = aSelf.issue(TestPki.ca("CN=Loop B").key(b));
        Issued aByB = bByA.issue(TestPki.ca("CN=Loop A").key(a));
        Issued leaf = bByA.issue(TestPki.leaf("CN=x").dns("a.example"));
        TrustResult r = evaluate(leaf, List.of(bByA.certificate(), aByB.certificate()));
        assertThat(r.problems()).extracting(CertificateProblem::reason).contains(TrustReason.ISSUER_NOT_FOUND);
    }

    @Test
    void tenThousandIntermediatesAreRefusedFast() {
        List<Certificate> many = Collections.nCopies(10_000, ROOT.certificate());
        long start = System.nanoTime();
        TrustResult r = evaluate(LEAF, many);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(r.problems()).extracting(CertificateProblem::reason).containsExactly(TrustReason.TOO_MANY_INTERMEDIATES);
    }

    @Test
    void manyLookAlikeIssuersExhaustTheSignatureBudget() {
        // Every candidate has the leaf's issuer name but its own key: each must be signature-checked.
        List<Certificate> lookAlikes = new ArrayList<>();
        for (int i = 0; i < TrustEvaluator.MAX_SIGNATURE_CHECKS + 20; i++) {
            lookAlikes.add(ROOT.issue(TestPki.ca("CN=Same Name ICA")).certificate());
        }
        Issued realIca = ROOT.issue(TestPki.ca("CN=Same Name ICA"));
        Issued leaf = TestPki.root("CN=Same Name ICA").issue(TestPki.leaf("CN=x").dns("a.example")); // signed by none of them
        long start = System.nanoTime();
        TrustResult r = evaluate(leaf, lookAlikes);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(r.problems()).extracting(CertificateProblem::reason).contains(TrustReason.BUDGET_EXHAUSTED);
        assertThat(realIca.certificate()).isNotIn(r.chain());
    }

    static TrustResult evaluate(Issued leaf, List<Certificate> intermediates) {
        return TrustEvaluator.builder(TrustStore.ofCertificates(List.of(ROOT.certificate())))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .evaluate(leaf.certificate(), intermediates, TrustPolicy.sslServer("a.example"));
    }

    @Test
    void pemWithoutCertificate() {
        assertThatThrownBy(() -> Certificate.parsePem("hello"))
                .isInstanceOfSatisfying(CertificateFormatException.class, e -> assertThat(e.reason()).isEqualTo(TrustReason.MALFORMED_CERTIFICATE));
    }
}
