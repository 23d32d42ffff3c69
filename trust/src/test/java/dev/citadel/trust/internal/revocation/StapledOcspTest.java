package dev.citadel.trust.internal.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.testing.RequiresTool;
import dev.citadel.trust.revocation.CrlCache;
import dev.citadel.trust.revocation.HttpFetcher;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationOutcome;
import dev.citadel.trust.revocation.RevocationOutcome.Verdict;
import dev.citadel.trust.revocation.RevocationPolicy;
import dev.citadel.trust.revocation.RevocationReason;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import dev.citadel.trust.revocation.RevocationStatus.Source;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stapled OCSP responses made by {@code openssl ocsp -respout} from the CA's real database: responder
 * authorisation (RFC 6960 §4.2.2.2), signature, CertID, freshness, and hostile bytes.
 */
@RequiresTool(value = "openssl", probe = "version")
class StapledOcspTest {

    @TempDir
    static Path dir;

    static OpensslPki pki;
    static Path leafPem;
    static Path otherPem;
    static Certificate leaf;
    static Certificate intermediate;

    @BeforeAll
    static void setUp() {
        pki = new OpensslPki(dir);
        // No AIA or CRL DP: the staple is the only source, so each test sees the staple's own outcome.
        leafPem = pki.issue("int", "leaf", "bare_ext", "", "");
        otherPem = pki.issue("int", "other", "bare_ext", "", "");
        pki.issue("int", "delegate", "ocsp_signing_ext", "", "");
        pki.issue("int", "noeku", "bare_ext", "", "");
        pki.issue("root", "rootdelegate", "ocsp_signing_ext", "", "");
        pki.issue("int", "expireddelegate", "ocsp_signing_ext", "", "", "-enddate", "20240201000000Z");
        leaf = pki.cert(leafPem);
        intermediate = pki.cert("int/cert.pem");
    }

    static byte[] response(String signerCert, String signerKey, String... extra) {
        return pki.ocspResponse("int", leafPem, signerCert, signerKey, List.of("-no_nonce"), extra);
    }

    static byte[] byIssuer(String... extra) {
        return response("int/cert.pem", "int/key.pem", extra);
    }

    static RevocationOutcome staple(byte[] response) {
        return staple(response, Instant.now());
    }

    static RevocationOutcome staple(byte[] response, Instant at) {
        return new RevocationChecker(HttpFetcher.offline(), new CrlCache(Clock.systemUTC()), RandomSource.system(),
                Duration.ofSeconds(1)).check(leaf, intermediate, at, RevocationPolicy.requirePositive(),
                RevocationEvidence.stapled(response));
    }

    static Reason why(RevocationOutcome o) {
        assertThat(o.status()).isInstanceOf(RevocationStatus.Unknown.class);
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
        return ((RevocationStatus.Unknown) o.status()).why();
    }

    @Nested
    @DisplayName("RFC 6960 §4.2.2.2 authorised responders")
    class Responders {

        @Test
        void signedByTheIssuer_isGood() {
            RevocationOutcome o = staple(byIssuer("-ndays", "1"));
            assertThat(o.verdict()).isEqualTo(Verdict.GOOD);
            assertThat(((RevocationStatus.Good) o.status()).source()).isEqualTo(Source.STAPLED_OCSP);
        }

        @Test
        void signedByADelegateOfTheIssuerWithOcspSigning_isGood() {
            RevocationOutcome o = staple(response("delegate.pem", "delegate.key", "-ndays", "1"));
            assertThat(o.verdict()).isEqualTo(Verdict.GOOD);
            assertThat(o.explanation()).contains("delegated responder CN=delegate.example (id-pkix-ocsp-nocheck)");
        }

        @Test
        void delegateWithoutOcspSigning_isUnauthorised() {
            assertThat(why(staple(response("noeku.pem", "noeku.key", "-ndays", "1")))).isEqualTo(Reason.UNAUTHORISED_RESPONDER);
        }

        @Test
        void delegateIssuedByAnotherCa_isUnauthorised() {
            assertThat(why(staple(response("rootdelegate.pem", "rootdelegate.key", "-ndays", "1"))))
                    .isEqualTo(Reason.UNAUTHORISED_RESPONDER);
        }

        @Test
        void expiredDelegate_isUnauthorised() {
            assertThat(why(staple(response("expireddelegate.pem", "expireddelegate.key", "-ndays", "1"))))
                    .isEqualTo(Reason.UNAUTHORISED_RESPONDER);
        }

        @Test
        void unrelatedSigner_isUnauthorised() {
            assertThat(why(staple(response("unrelated/cert.pem", "unrelated/key.pem", "-ndays", "1"))))
                    .isEqualTo(Reason.UNAUTHORISED_RESPONDER);
        }

        @Test
        @DisplayName("a key posing under the issuer's name: the issuer's key does not verify it")
        void signerWithTheIssuersNameButAnotherKey_isBadSignature() {
            assertThat(why(staple(response("rogue/cert.pem", "rogue/key.pem", "-ndays", "1", "-resp_no_certs"))))
                    .isEqualTo(Reason.BAD_SIGNATURE);
        }

        @Test
        void flippedSignatureBit_isBadSignature() {
            byte[] der = byIssuer("-ndays", "1", "-resp_no_certs"); // the signature ends the structure
            der[der.length - 1] ^= 0x01;
            assertThat(why(staple(der))).isEqualTo(Reason.BAD_SIGNATURE);
        }
    }

    @Nested
    class Content {

        @Test
        void responseForAnotherCertificate_isNotCovered() {
            byte[] other = pki.ocspResponse("int", otherPem, "int/cert.pem", "int/key.pem", List.of("-no_nonce"), "-ndays", "1");
            assertThat(why(staple(other))).isEqualTo(Reason.NOT_COVERED);
        }

        @Test
        void revokedCertificate_isRevokedWithReason() {
            Path pem = pki.issue("int", "revokedstaple", "bare_ext", "", "");
            pki.revoke("int", pem, "cessationOfOperation");
            byte[] der = pki.ocspResponse("int", pem, "int/cert.pem", "int/key.pem", List.of("-no_nonce"), "-ndays", "1");
            RevocationOutcome o = new RevocationChecker(HttpFetcher.offline(), new CrlCache(Clock.systemUTC()),
                    RandomSource.system(), Duration.ofSeconds(1)).check(pki.cert(pem), intermediate, Instant.now(),
                    RevocationPolicy.softFail(), RevocationEvidence.stapled(der));
            assertThat(o.status()).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
                assertThat(r.reason()).isEqualTo(RevocationReason.CESSATION_OF_OPERATION);
                assertThat(r.source()).isEqualTo(Source.STAPLED_OCSP);
            });
            assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
        }

        @Test
        void pastNextUpdate_isStale() {
            assertThat(why(staple(byIssuer("-ndays", "1"), Instant.now().plus(Duration.ofDays(2))))).isEqualTo(Reason.STALE);
        }

        @Test
        void withoutNextUpdate_freshForTheMaximumAgeOnly() {
            byte[] der = byIssuer();
            assertThat(staple(der).verdict()).isEqualTo(Verdict.GOOD);
            Instant late = Instant.now().plus(OcspVerifier.MAX_AGE_WITHOUT_NEXT_UPDATE).plus(Duration.ofMinutes(1));
            assertThat(why(staple(der, late))).isEqualTo(Reason.STALE);
        }

        @Test
        void thisUpdateBeyondTheClockSkew_isNotYetValid() {
            Instant early = Instant.now().minus(OcspVerifier.MAX_CLOCK_SKEW).minus(Duration.ofMinutes(1));
            assertThat(why(staple(byIssuer("-ndays", "1"), early))).isEqualTo(Reason.NOT_YET_VALID);
        }
    }

    @Nested
    @DisplayName("hostile bytes: typed outcomes, never an exception")
    class BadInput {

        @Test
        void truncated_isMalformed() {
            byte[] der = byIssuer("-ndays", "1");
            assertThat(why(staple(Arrays.copyOf(der, der.length - 7)))).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void trailingByte_isMalformed() {
            byte[] der = byIssuer("-ndays", "1");
            assertThat(why(staple(Arrays.copyOf(der, der.length + 1)))).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void nonMinimalLength_isMalformed() {
            byte[] der = byIssuer("-ndays", "1");
            assertThat(der[1] & 0xff).isEqualTo(0x82); // outer SEQUENCE, two length octets
            byte[] ber = new byte[der.length + 1];
            ber[0] = der[0];
            ber[1] = (byte) 0x83; // the same length in three octets, leading zero: valid BER, not DER
            ber[2] = 0;
            System.arraycopy(der, 2, ber, 3, der.length - 2);
            assertThat(why(staple(ber))).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void garbageAndEmpty_areMalformed() {
            assertThat(why(staple(new byte[] {0x30, 0x03, 0x02, 0x01}))).isEqualTo(Reason.MALFORMED);
            assertThat(why(staple(new byte[0]))).isEqualTo(Reason.MALFORMED);
            assertThat(why(staple(new byte[] {0x04, 0x02, 0x30, 0x00}))).isEqualTo(Reason.MALFORMED);
        }

        @Test
        void hugeDeclaredLength_isMalformedWithoutAllocating() {
            assertThat(why(staple(new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x00})))
                    .isEqualTo(Reason.MALFORMED);
        }

        @Test
        void overTheSizeLimit_isTooLarge() {
            assertThat(why(staple(new byte[OcspVerifier.MAX_OCSP_RESPONSE_BYTES + 1]))).isEqualTo(Reason.RESPONSE_TOO_LARGE);
        }

        @Test
        void tryLaterStatus_isResponderError() {
            assertThat(why(staple(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x03}))).isEqualTo(Reason.RESPONDER_ERROR);
        }

        @Test
        void successfulWithoutBytes_isMalformed() {
            assertThat(why(staple(new byte[] {0x30, 0x03, 0x0a, 0x01, 0x00}))).isEqualTo(Reason.MALFORMED);
        }
    }
}
