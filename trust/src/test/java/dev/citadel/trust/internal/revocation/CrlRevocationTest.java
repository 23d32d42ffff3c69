package dev.citadel.trust.internal.revocation;

import dev.citadel.testing.MutableClock;
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
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRLs made by {@code openssl ca -gencrl}, served from the JDK's HTTP server or supplied with the chain. */
@RequiresTool(value = "openssl", probe = "version")
class CrlRevocationTest {

    @TempDir
    static Path dir;

    static OpensslPki pki;
    static LocalHttpServer http;
    static Certificate good, revoked, bare, intermediate;

    @BeforeAll
    static void setUp() {
        http = new LocalHttpServer();
        pki = new OpensslPki(dir);
        String crl = http.uri("/int.crl").toString();
        good = pki.cert(pki.issue("int", "crlgood", "crl_only_ext", "", crl));
        Path revokedPem = pki.issue("int", "crlrevoked", "crl_only_ext", "", crl);
        pki.revoke("int", revokedPem, "superseded");
        revoked = pki.cert(revokedPem);
        bare = pki.cert(pki.issue("int", "crlbare", "bare_ext", "", ""));
        intermediate = pki.cert("int/cert.pem");
    }

    @AfterAll
    static void tearDown() {
        if (http != null) {
            http.close();
        }
    }

    static RevocationOutcome fetched(Certificate leaf, byte[] crl) {
        http.serve("/int.crl", crl);
        return checker(HttpFetcher.jdk(), new CrlCache(Clock.systemUTC())).check(leaf, intermediate, Instant.now(),
                RevocationPolicy.hardFail(), RevocationEvidence.none());
    }

    static RevocationChecker checker(HttpFetcher fetcher, CrlCache cache) {
        return new RevocationChecker(fetcher, cache, RandomSource.system(), Duration.ofSeconds(5));
    }

    static RevocationOutcome supplied(Certificate leaf, byte[]... crls) {
        return checker(HttpFetcher.offline(), new CrlCache(Clock.systemUTC())).check(leaf, intermediate, Instant.now(),
                RevocationPolicy.hardFail(), RevocationEvidence.crls(List.of(crls)));
    }

    static Reason why(RevocationOutcome o) {
        assertThat(o.status()).isInstanceOf(RevocationStatus.Unknown.class);
        return ((RevocationStatus.Unknown) o.status()).why();
    }

    @Test
    void notOnTheCrl_isGood() {
        RevocationOutcome o = fetched(good, pki.crl("int"));
        assertThat(o.verdict()).isEqualTo(Verdict.GOOD);
        assertThat(((RevocationStatus.Good) o.status()).source()).isEqualTo(Source.FETCHED_CRL);
    }

    @Test
    void onTheCrl_isRevokedWithReason() {
        RevocationOutcome o = fetched(revoked, pki.crl("int"));
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(o.status()).isInstanceOfSatisfying(RevocationStatus.Revoked.class, r -> {
            assertThat(r.reason()).isEqualTo(RevocationReason.SUPERSEDED);
            assertThat(r.source()).isEqualTo(Source.FETCHED_CRL);
        });
    }

    @Test
    void expiredCrl_isStale() {
        byte[] old = pki.crl("int", "-crl_lastupdate", "20240101000000Z", "-crl_nextupdate", "20240108000000Z");
        RevocationOutcome o = fetched(revoked, old);
        assertThat(why(o)).isEqualTo(Reason.STALE);
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void crlFromTheFuture_isNotYetValid() {
        byte[] future = pki.crl("int", "-crl_lastupdate", "20990101000000Z", "-crl_nextupdate", "20990108000000Z");
        assertThat(why(fetched(good, future))).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void crlSignedByAnotherKeyUnderTheIssuersName_isBadSignature() {
        // The rogue CA carries the intermediate's exact name: only the signature tells them apart.
        assertThat(why(fetched(good, pki.crl("rogue")))).isEqualTo(Reason.BAD_SIGNATURE);
    }

    @Test
    void crlOfAnotherIssuer_isNotApplicable() {
        RevocationOutcome o = supplied(bare, pki.crl("root"));
        assertThat(why(o)).isEqualTo(Reason.NO_RESPONDER);
    }

    @Test
    void suppliedCrl_needsNoNetwork() {
        byte[] crl = pki.crl("int");
        assertThat(supplied(good, crl).status()).isInstanceOfSatisfying(RevocationStatus.Good.class,
                g -> assertThat(g.source()).isEqualTo(Source.SUPPLIED_CRL));
        assertThat(supplied(revoked, crl).status()).isInstanceOf(RevocationStatus.Revoked.class);
    }

    @Test
    void revokedInAnySuppliedCrlWins() {
        Path late = pki.issue("int", "latecomer", "crl_only_ext", "", "");
        byte[] before = pki.crl("int");
        pki.revoke("int", late, "keyCompromise");
        byte[] after = pki.crl("int");
        assertThat(supplied(pki.cert(late), before, after).status()).isInstanceOf(RevocationStatus.Revoked.class);
        assertThat(supplied(pki.cert(late), after, before).status()).isInstanceOf(RevocationStatus.Revoked.class);
    }

    @Test
    void fetchedCrl_isCachedUntilItExpires() {
        http.serve("/int.crl", pki.crl("int"));
        MutableClock clock = new MutableClock(Instant.now());
        CrlCache cache = new CrlCache(clock);
        RevocationChecker checker = checker(HttpFetcher.jdk(), cache);
        int before = http.hits("/int.crl");
        for (int i = 0; i < 3; i++) {
            assertThat(checker.check(good, intermediate, Instant.now(), RevocationPolicy.hardFail(),
                    RevocationEvidence.none()).verdict()).isEqualTo(Verdict.GOOD);
        }
        assertThat(http.hits("/int.crl") - before).isEqualTo(1);
        clock.advance(CrlCache.MAX_ENTRY_AGE.plusSeconds(1));
        checker.check(good, intermediate, Instant.now(), RevocationPolicy.hardFail(), RevocationEvidence.none());
        assertThat(http.hits("/int.crl") - before).isEqualTo(2);
    }

    @Test
    void malformedCrls_haveTypedOutcomes() {
        byte[] crl = pki.crl("int");
        assertThat(why(supplied(good, Arrays.copyOf(crl, crl.length - 3)))).isEqualTo(Reason.MALFORMED);
        assertThat(why(supplied(good, Arrays.copyOf(crl, crl.length + 1)))).isEqualTo(Reason.MALFORMED);
        assertThat(why(supplied(good, new byte[] {0x30, 0x00}))).isEqualTo(Reason.MALFORMED);
        assertThat(why(supplied(good, new byte[CrlVerifier.MAX_CRL_BYTES + 1]))).isEqualTo(Reason.RESPONSE_TOO_LARGE);
        assertThat(why(fetched(good, Arrays.copyOf(crl, crl.length + 1)))).isEqualTo(Reason.MALFORMED);
    }

}
