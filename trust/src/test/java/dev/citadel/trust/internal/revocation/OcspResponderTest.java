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
import dev.citadel.trust.revocation.RevocationPolicy.OcspNonce;
import dev.citadel.trust.revocation.RevocationReason;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import dev.citadel.trust.revocation.RevocationStatus.Source;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetched OCSP against real {@code openssl ocsp} responders, and the policies when they cannot answer. */
@RequiresTool(value = "openssl", probe = "version")
class OcspResponderTest {

    @TempDir
    static Path dir;

    static OpensslPki pki;
    static LocalHttpServer http;
    static ServerSocket silent;
    static Process responder;
    static Process unrelatedResponder;
    static Certificate root, intermediate, good, revoked, unknown, unauthorised, fromStatic, fromBig, down, hanging, bare;

    @BeforeAll
    static void setUp() throws IOException {
        http = new LocalHttpServer();
        silent = new ServerSocket(0); // accepts connections (backlog) and never answers
        int port = OpensslPki.freePort();
        int unrelatedPort = OpensslPki.freePort();
        int downPort = OpensslPki.freePort();
        pki = new OpensslPki(dir);
        String ocsp = "http://127.0.0.1:" + port + "/";
        String none = "http://127.0.0.1:" + downPort + "/none.crl";
        good = pki.cert(pki.issue("int", "good", "ocsp_only_ext", ocsp, none));
        Path revokedPem = pki.issue("int", "revoked", "ocsp_only_ext", ocsp, none);
        pki.revoke("int", revokedPem, "keyCompromise");
        revoked = pki.cert(revokedPem);
        unknown = pki.cert(pki.issueUnrecorded("unknown", "7777", ocsp));
        unauthorised = pki.cert(pki.issue("int", "unauthorised", "ocsp_only_ext", "http://127.0.0.1:" + unrelatedPort + "/", none));
        fromStatic = pki.cert(pki.issue("int", "static", "ocsp_only_ext", http.uri("/ocsp").toString(), none));
        fromBig = pki.cert(pki.issue("int", "big", "ocsp_only_ext", http.uri("/big").toString(), none));
        down = pki.cert(pki.issue("int", "down", "leaf_ext", "http://127.0.0.1:" + downPort + "/", none));
        hanging = pki.cert(pki.issue("int", "hanging", "ocsp_only_ext", "http://127.0.0.1:" + silent.getLocalPort() + "/", none));
        bare = pki.cert(pki.issue("int", "bare", "bare_ext", ocsp, none));
        root = pki.cert("root/cert.pem");
        intermediate = pki.cert("int/cert.pem");
        responder = pki.responder("int", port, "int/cert.pem", "int/key.pem", "-ndays", "1");
        unrelatedResponder = pki.responder("int", unrelatedPort, "unrelated/cert.pem", "unrelated/key.pem", "-ndays", "1");
    }

    @AfterAll
    static void tearDown() throws IOException {
        for (Process p : new Process[] {responder, unrelatedResponder}) {
            if (p != null) {
                p.destroy();
            }
        }
        if (http != null) {
            http.close();
        }
        if (silent != null) {
            silent.close();
        }
    }

    static RevocationChecker checker(Duration timeout) {
        return new RevocationChecker(HttpFetcher.jdk(), new CrlCache(Clock.systemUTC()), RandomSource.system(), timeout);
    }

    static RevocationOutcome check(Certificate leaf, RevocationPolicy policy) {
        return check(leaf, policy, Instant.now());
    }

    static RevocationOutcome check(Certificate leaf, RevocationPolicy policy, Instant at) {
        return checker(Duration.ofSeconds(5)).check(leaf, intermediate, at, policy, RevocationEvidence.none());
    }

    static Reason why(RevocationOutcome o) {
        assertThat(o.status()).isInstanceOf(RevocationStatus.Unknown.class);
        return ((RevocationStatus.Unknown) o.status()).why();
    }

    @Test
    void goodCertificate_isGood_withTheNonceEchoed() {
        RevocationOutcome o = check(good, RevocationPolicy.requirePositive().withNonce(OcspNonce.REQUIRE));
        assertThat(o.verdict()).isEqualTo(Verdict.GOOD);
        RevocationStatus.Good g = (RevocationStatus.Good) o.status();
        assertThat(g.source()).isEqualTo(Source.FETCHED_OCSP);
        assertThat(g.nextUpdate()).isPresent();
    }

    @Test
    void revokedCertificate_isRevokedWithItsReason_evenUnderSoftFail() {
        RevocationOutcome o = check(revoked, RevocationPolicy.softFail());
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
        RevocationStatus.Revoked r = (RevocationStatus.Revoked) o.status();
        assertThat(r.reason()).isEqualTo(RevocationReason.KEY_COMPROMISE);
        assertThat(r.source()).isEqualTo(Source.FETCHED_OCSP);
        assertThat(o.explanation()).contains("revoked", "KEY_COMPROMISE");
    }

    @Test
    void certificateTheResponderDoesNotKnow_isUnknownToResponder_rejectedEvenUnderSoftFail() {
        RevocationOutcome o = check(unknown, RevocationPolicy.softFail());
        assertThat(why(o)).isEqualTo(Reason.UNKNOWN_TO_RESPONDER);
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("stale: the responder's nextUpdate (thisUpdate + 1 day) has passed at the validation instant")
    void staleResponse_isStale() {
        RevocationOutcome o = check(good, RevocationPolicy.hardFail(), Instant.now().plus(Duration.ofDays(3)));
        assertThat(why(o)).isEqualTo(Reason.STALE);
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void responseFromTheFuture_isNotYetValid() {
        RevocationOutcome o = check(good, RevocationPolicy.hardFail(), Instant.now().minus(Duration.ofHours(1)));
        assertThat(why(o)).isEqualTo(Reason.NOT_YET_VALID);
    }

    @Test
    void responderSigningWithAnUnrelatedKey_isUnauthorised() {
        RevocationOutcome o = check(unauthorised, RevocationPolicy.hardFail());
        assertThat(why(o)).isEqualTo(Reason.UNAUTHORISED_RESPONDER);
        assertThat(o.verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void replayedResponseWithAnotherNonce_isNonceMismatch() {
        // A genuine, fresh, correctly signed response to an earlier request (openssl adds a nonce by default).
        http.serve("/ocsp", pki.ocspResponse("int", dir.resolve("static.pem"), "int/cert.pem", "int/key.pem", List.of(), "-ndays", "1"));
        assertThat(why(check(fromStatic, RevocationPolicy.hardFail()))).isEqualTo(Reason.NONCE_MISMATCH);
        // Without our nonce in the request the same bytes are acceptable: the nonce check is what refused them.
        assertThat(check(fromStatic, RevocationPolicy.hardFail().withNonce(OcspNonce.NONE)).verdict()).isEqualTo(Verdict.GOOD);
    }

    @Test
    void responseWithoutNonce_passesWhenSent_failsWhenRequired() {
        http.serve("/ocsp", pki.ocspResponse("int", dir.resolve("static.pem"), "int/cert.pem", "int/key.pem",
                List.of("-no_nonce"), "-ndays", "1"));
        assertThat(check(fromStatic, RevocationPolicy.hardFail().withNonce(OcspNonce.SEND)).verdict()).isEqualTo(Verdict.GOOD);
        assertThat(why(check(fromStatic, RevocationPolicy.hardFail().withNonce(OcspNonce.REQUIRE)))).isEqualTo(Reason.NONCE_MISMATCH);
    }

    @Test
    void oversizedResponse_isCutOffAtTheLimit() {
        http.serve("/big", new byte[OcspVerifier.MAX_OCSP_RESPONSE_BYTES + 1]);
        assertThat(why(check(fromBig, RevocationPolicy.hardFail()))).isEqualTo(Reason.RESPONSE_TOO_LARGE);
    }

    @Test
    void responderThatNeverAnswers_timesOutWithinTheBound() {
        long start = System.nanoTime();
        RevocationOutcome o = checker(Duration.ofMillis(500)).check(hanging, intermediate, Instant.now(),
                RevocationPolicy.hardFail(), RevocationEvidence.none());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(why(o)).isEqualTo(Reason.FETCH_TIMEOUT);
        assertThat(took).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("responder down: soft-fail tolerates, hard-fail and require-positive reject")
    void responderDown_policiesDiffer() {
        assertThat(why(check(down, RevocationPolicy.softFail()))).isEqualTo(Reason.FETCH_FAILED);
        assertThat(check(down, RevocationPolicy.softFail()).verdict()).isEqualTo(Verdict.TOLERATED_UNKNOWN);
        assertThat(check(down, RevocationPolicy.hardFail()).verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(check(down, RevocationPolicy.requirePositive()).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    @DisplayName("no revocation source: hard-fail tolerates, require-positive rejects")
    void noSource_hardFailToleratesRequirePositiveRejects() {
        RevocationOutcome hard = check(bare, RevocationPolicy.hardFail());
        assertThat(why(hard)).isEqualTo(Reason.NO_RESPONDER);
        assertThat(hard.verdict()).isEqualTo(Verdict.TOLERATED_UNKNOWN);
        assertThat(check(bare, RevocationPolicy.requirePositive()).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void policyOff_fetchesNothing() {
        int before = http.hits("/ocsp");
        RevocationOutcome o = check(fromStatic, RevocationPolicy.off());
        assertThat(o.verdict()).isEqualTo(Verdict.NOT_CHECKED);
        assertThat(why(o)).isEqualTo(Reason.NOT_CHECKED);
        assertThat(http.hits("/ocsp")).isEqualTo(before);
    }

    @Test
    void wholeChain_checksTheIntermediateToo_leafOnlyDoesNot() {
        List<Certificate> chain = List.of(good, intermediate, root);
        List<RevocationOutcome> whole = checker(Duration.ofSeconds(5)).checkChain(chain, Instant.now(),
                RevocationPolicy.requirePositive(), RevocationEvidence.none());
        assertThat(whole).extracting(RevocationOutcome::verdict)
                .containsExactly(Verdict.GOOD, Verdict.REJECTED, Verdict.NOT_CHECKED);
        assertThat(why(whole.get(1))).isEqualTo(Reason.NO_RESPONDER);
        List<RevocationOutcome> leafOnly = checker(Duration.ofSeconds(5)).checkChain(chain, Instant.now(),
                RevocationPolicy.requirePositive().withScope(RevocationPolicy.Scope.LEAF_ONLY), RevocationEvidence.none());
        assertThat(leafOnly).extracting(RevocationOutcome::verdict)
                .containsExactly(Verdict.GOOD, Verdict.NOT_CHECKED, Verdict.NOT_CHECKED);
    }
}
