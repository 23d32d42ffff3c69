package dev.citadel.trust;

import static dev.citadel.trust.pki.TestPki.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check of the evaluator, with the chain an attacker would get through without it. */
class TrustEvaluatorTest {

    static final Issued ROOT = TestPki.root("CN=Test Root");
    static final Issued ICA = ROOT.issue(TestPki.ca("CN=Test ICA"));
    static final Issued LEAF = ICA.issue(TestPki.leaf("CN=www.example.com").dns("www.example.com", "*.api.example.com"));

    static TrustEvaluator evaluator(Issued... anchors) {
        return evaluator(NOW, anchors);
    }

    static TrustEvaluator evaluator(Instant at, Issued... anchors) {
        return TrustEvaluator.builder(TrustStore.ofCertificates(java.util.Arrays.stream(anchors).map(Issued::certificate).toList()))
                .clock(Clock.fixed(at, ZoneOffset.UTC)).build();
    }

    static TrustResult server(TrustEvaluator e, Issued leaf, String host, Issued... intermediates) {
        return e.evaluate(leaf.certificate(), java.util.Arrays.stream(intermediates).map(Issued::certificate).toList(),
                TrustPolicy.sslServer(host));
    }

    static List<TrustReason> reasons(TrustResult r) {
        return r.problems().stream().map(CertificateProblem::reason).toList();
    }

    @Test
    void validChainIsTrustedAndVerified() {
        TrustResult r = server(evaluator(ROOT), LEAF, "www.example.com", ICA);
        assertThat(r.result()).isEqualTo(SecTrustResult.PROCEED);
        assertThat(r.chain()).containsExactly(LEAF.certificate(), ICA.certificate(), ROOT.certificate());
        VerifiedChain v = r.requireTrusted();
        assertThat(v.leaf()).isEqualTo(LEAF.certificate());
        assertThat(v.anchor().source()).isEqualTo(TrustAnchor.Source.USER);
        assertThat(r.explanation()).startsWith("trusted: 3-certificate chain");
    }

    @Test
    void systemAnchorsGiveUnspecifiedAsSecTrustDoes() {
        TrustStore store = TrustStore.of(new TrustAnchor(ROOT.certificate(), AnchorConstraints.NONE, TrustAnchor.Source.SYSTEM));
        TrustResult r = TrustEvaluator.builder(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                .evaluate(List.of(LEAF.certificate(), ICA.certificate()), TrustPolicy.sslServer("www.example.com"));
        assertThat(r.result()).isEqualTo(SecTrustResult.UNSPECIFIED);
    }

    @Test
    void untrustedChainThrowsWithItsReasonAndResult() {
        TrustResult r = server(evaluator(TestPki.root("CN=Other Root")), LEAF, "www.example.com", ICA);
        assertThat(r.result()).isEqualTo(SecTrustResult.RECOVERABLE_TRUST_FAILURE);
        assertThat(reasons(r)).containsExactly(TrustReason.ISSUER_NOT_FOUND);
        assertThatThrownBy(r::requireTrusted).isInstanceOfSatisfying(UntrustedChainException.class, e -> {
            assertThat(e.reason()).isEqualTo(TrustReason.ISSUER_NOT_FOUND);
            assertThat(e.result()).isSameAs(r);
        });
    }

    @Nested
    class HostNames {
        @Test
        void mismatchedHostIsRecoverable() {
            TrustResult r = server(evaluator(ROOT), LEAF, "evil.example.com", ICA);
            assertThat(reasons(r)).containsExactly(TrustReason.HOST_NAME_MISMATCH);
            assertThat(r.result()).isEqualTo(SecTrustResult.RECOVERABLE_TRUST_FAILURE);
        }

        @Test
        void wildcardMatchesOneLeftMostLabelOnly() {
            assertThat(server(evaluator(ROOT), LEAF, "v1.api.example.com", ICA).result().trusted()).isTrue();
            assertThat(reasons(server(evaluator(ROOT), LEAF, "a.v1.api.example.com", ICA))).containsExactly(TrustReason.HOST_NAME_MISMATCH);
            assertThat(reasons(server(evaluator(ROOT), LEAF, "api.example.com", ICA))).containsExactly(TrustReason.HOST_NAME_MISMATCH);
        }

        @Test
        void commonNameIsNeverUsed() {
            Issued noSan = ICA.issue(TestPki.leaf("CN=www.example.com"));
            assertThat(reasons(server(evaluator(ROOT), noSan, "www.example.com", ICA)))
                    .contains(TrustReason.INVALID_SUBJECT_ALT_NAME);
        }

        @Test
        void wildcardOnAPublicSuffixNeverMatches() {
            Issued suffix = ICA.issue(TestPki.leaf("CN=x").dns("*.co.uk"));
            assertThat(reasons(server(evaluator(ROOT), suffix, "example.co.uk", ICA))).containsExactly(TrustReason.HOST_NAME_MISMATCH);
        }

        @Test
        void internationalisedNamesCompareAsALabels() {
            Issued idn = ICA.issue(TestPki.leaf("CN=x").dns("xn--bcher-kva.example"));
            assertThat(server(evaluator(ROOT), idn, "bücher.example", ICA).result().trusted()).isTrue();
        }

        @Test
        void ipAddressesMatchIpEntriesOnly() {
            Issued ip = ICA.issue(TestPki.leaf("CN=x").ip("192.0.2.7").dns("192.0.2.8.example"));
            assertThat(server(evaluator(ROOT), ip, "192.0.2.7", ICA).result().trusted()).isTrue();
            assertThat(reasons(server(evaluator(ROOT), ip, "192.0.2.8", ICA))).containsExactly(TrustReason.HOST_NAME_MISMATCH);
        }
    }

    @Nested
    class Validity {
        @Test
        void expiredLeafIsRecoverable() {
            Issued old = ICA.issue(TestPki.leaf("CN=x").dns("www.example.com")
                    .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")));
            TrustResult r = server(evaluator(ROOT), old, "www.example.com", ICA);
            assertThat(reasons(r)).containsExactly(TrustReason.EXPIRED);
            assertThat(r.result()).isEqualTo(SecTrustResult.RECOVERABLE_TRUST_FAILURE);
        }

        @Test
        void expiredAnchorAnchorsNothing() {
            TrustResult r = server(evaluator(Instant.parse("2041-01-01T00:00:00Z"), ROOT),
                    ICA.issue(TestPki.leaf("CN=x").dns("a.example").validity(NOW, Instant.parse("2045-01-01T00:00:00Z"))), "a.example", ICA);
            assertThat(reasons(r)).contains(TrustReason.EXPIRED);
        }

        @Test
        void notYetValid() {
            Issued future = ICA.issue(TestPki.leaf("CN=x").dns("a.example")
                    .validity(Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2031-01-01T00:00:00Z")));
            assertThat(reasons(server(evaluator(ROOT), future, "a.example", ICA))).containsExactly(TrustReason.NOT_YET_VALID);
        }

        @Test
        void anExpiredCrossSignIsRoutedAround() {
            Issued oldRoot = TestPki.root("CN=Old Root");
            Issued crossExpired = oldRoot.issue(TestPki.ca("CN=Test Root").key(ROOT.key())
                    .validity(Instant.parse("2010-01-01T00:00:00Z"), Instant.parse("2015-01-01T00:00:00Z")));
            TrustResult r = server(evaluator(ROOT, oldRoot), LEAF, "www.example.com", crossExpired, ICA);
            assertThat(r.result().trusted()).isTrue();
            assertThat(r.chain()).containsExactly(LEAF.certificate(), ICA.certificate(), ROOT.certificate());
        }
    }

    @Nested
    class Constraints {
        @Test
        void issuerWithoutCaBitIsNotACa() {
            Issued notCa = ROOT.issue(TestPki.leaf("CN=Not A CA").dns("x.example"));
            Issued leaf = notCa.issue(TestPki.leaf("CN=x").dns("a.example"));
            assertThat(reasons(server(evaluator(ROOT), leaf, "a.example", notCa))).contains(TrustReason.NOT_A_CA);
        }

        @Test
        void pathLengthIsEnforced() {
            Issued ica0 = ROOT.issue(TestPki.ca("CN=ICA0").ca(0));
            Issued ica1 = ica0.issue(TestPki.ca("CN=ICA1"));
            Issued leaf = ica1.issue(TestPki.leaf("CN=x").dns("a.example"));
            assertThat(reasons(server(evaluator(ROOT), leaf, "a.example", ica0, ica1))).contains(TrustReason.PATH_LENGTH_EXCEEDED);
        }

        @Test
        void caWithoutKeyCertSign() {
            Issued weak = ROOT.issue(TestPki.ca("CN=ICA").keyUsage(KeyUsage.digitalSignature));
            Issued leaf = weak.issue(TestPki.leaf("CN=x").dns("a.example"));
            assertThat(reasons(server(evaluator(ROOT), leaf, "a.example", weak))).contains(TrustReason.KEY_USAGE);
        }

        @Test
        void leafEkuMustAllowThePolicy() {
            Issued client = ICA.issue(TestPki.leaf("CN=x").dns("a.example"));
            Issued clientOnly = ICA.issue(new TestPki.Spec().eku(KeyPurposeId.id_kp_clientAuth).dns("a.example").keyUsage(KeyUsage.digitalSignature)
                    .withSubject("CN=client"));
            assertThat(server(evaluator(ROOT), client, "a.example", ICA).result().trusted()).isTrue();
            assertThat(reasons(server(evaluator(ROOT), clientOnly, "a.example", ICA))).containsExactly(TrustReason.EXTENDED_KEY_USAGE);
        }

        @Test
        void intermediateEkuConstrainsTheLeaf() {
            Issued emailCa = ROOT.issue(TestPki.ca("CN=Mail CA").eku(KeyPurposeId.id_kp_emailProtection));
            Issued leaf = emailCa.issue(TestPki.leaf("CN=x").dns("a.example"));
            assertThat(reasons(server(evaluator(ROOT), leaf, "a.example", emailCa))).contains(TrustReason.EXTENDED_KEY_USAGE);
        }

        @Test
        void nameConstraintsOfAnIntermediate() {
            Issued constrained = ROOT.issue(TestPki.ca("CN=Constrained").permitDns("example.com").excludeDns("secret.example.com"));
            Issued ok = constrained.issue(TestPki.leaf("CN=x").dns("www.example.com"));
            Issued outside = constrained.issue(TestPki.leaf("CN=x").dns("www.example.org"));
            Issued excluded = constrained.issue(TestPki.leaf("CN=x").dns("a.secret.example.com"));
            Issued wildcard = constrained.issue(TestPki.leaf("CN=x").dns("*.example.com"));
            assertThat(server(evaluator(ROOT), ok, "www.example.com", constrained).result().trusted()).isTrue();
            assertThat(reasons(server(evaluator(ROOT), outside, "www.example.org", constrained))).contains(TrustReason.NAME_CONSTRAINT_VIOLATION);
            assertThat(reasons(server(evaluator(ROOT), excluded, "a.secret.example.com", constrained))).contains(TrustReason.NAME_CONSTRAINT_VIOLATION);
            // *.example.com would answer for secret.example.com (CVE-2025-61727)
            assertThat(reasons(server(evaluator(ROOT), wildcard, "www.example.com", constrained))).contains(TrustReason.NAME_CONSTRAINT_VIOLATION);
        }

        @Test
        void unknownCriticalExtension() {
            Issued odd = ICA.issue(TestPki.leaf("CN=x").dns("a.example").extension("1.3.6.1.4.1.55738.666.1", true, TestPki.nothing()));
            assertThat(reasons(server(evaluator(ROOT), odd, "a.example", ICA))).containsExactly(TrustReason.UNKNOWN_CRITICAL_EXTENSION);
        }

        @Test
        void missingKeyIdentifiers() {
            Issued bare = ROOT.issue(TestPki.ca("CN=Bare ICA").withoutKeyIdentifiers());
            Issued leaf = bare.issue(TestPki.leaf("CN=x").dns("a.example"));
            assertThat(reasons(server(evaluator(ROOT), leaf, "a.example", bare))).contains(TrustReason.KEY_IDENTIFIER);
        }

        @Test
        void serialNumberZero() {
            Issued zero = ICA.issue(TestPki.leaf("CN=x").dns("a.example").serial(BigInteger.ZERO));
            assertThat(reasons(server(evaluator(ROOT), zero, "a.example", ICA))).containsExactly(TrustReason.INVALID_SERIAL_NUMBER);
        }

        @Test
        void caAsServerLeaf() {
            assertThat(reasons(server(evaluator(ROOT), ICA, "a.example"))).contains(TrustReason.END_ENTITY_IS_CA);
        }

        @Test
        void badSignatureIsFatal() {
            Issued impostor = TestPki.root("CN=Test ICA"); // same name as ICA, different key
            Issued forged = impostor.issue(TestPki.leaf("CN=x").dns("a.example"));
            TrustResult r = server(evaluator(ROOT), forged, "a.example", ICA);
            assertThat(reasons(r)).contains(TrustReason.INVALID_SIGNATURE);
            assertThat(r.result()).isEqualTo(SecTrustResult.FATAL_TRUST_FAILURE);
        }

        @Test
        void maxChainDepth() {
            TrustEvaluator shallow = TrustEvaluator.builder(TrustStore.ofCertificates(List.of(ROOT.certificate())))
                    .clock(Clock.fixed(NOW, ZoneOffset.UTC)).maxChainDepth(0).build();
            assertThat(reasons(server(shallow, LEAF, "www.example.com", ICA))).contains(TrustReason.CHAIN_TOO_LONG);
        }
    }

    @Nested
    class Anchors {
        @Test
        void anchorLimitedToOtherPolicies() {
            TrustStore store = TrustStore.of(new TrustAnchor(ROOT.certificate(),
                    AnchorConstraints.onlyFor(TrustPolicy.Kind.CODE_SIGNING), TrustAnchor.Source.USER));
            TrustResult r = TrustEvaluator.builder(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                    .evaluate(List.of(LEAF.certificate(), ICA.certificate()), TrustPolicy.sslServer("www.example.com"));
            assertThat(reasons(r)).containsExactly(TrustReason.ANCHOR_CONSTRAINT);
        }

        @Test
        void anchorNameConstraintsConfiguredByTheRelyingParty() {
            TrustStore store = TrustStore.of(new TrustAnchor(ROOT.certificate(),
                    new AnchorConstraints(List.of("dns:example.org"), List.of(), java.util.Set.of()), TrustAnchor.Source.USER));
            TrustResult r = TrustEvaluator.builder(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
                    .evaluate(List.of(LEAF.certificate(), ICA.certificate()), TrustPolicy.sslServer("www.example.com"));
            assertThat(reasons(r)).contains(TrustReason.NAME_CONSTRAINT_VIOLATION);
        }

        @Test
        void pinnedRootMustMatchItsFingerprint() {
            TrustAnchor pinned = PinnedRoot.of(ROOT.certificate(), ROOT.certificate().sha256Fingerprint().toUpperCase());
            assertThat(pinned.source()).isEqualTo(TrustAnchor.Source.PINNED);
            assertThatThrownBy(() -> PinnedRoot.of(ROOT.certificate(), ICA.certificate().sha256Fingerprint()))
                    .isInstanceOfSatisfying(TrustStoreException.class, e -> assertThat(e.reason()).isEqualTo(TrustReason.FINGERPRINT_MISMATCH));
        }

        @Test
        void jdkDefaultStoreLoads() {
            assertThat(TrustStore.jdkDefault().anchors()).hasSizeGreaterThan(50)
                    .allMatch(a -> a.source() == TrustAnchor.Source.SYSTEM);
        }
    }

    @Test
    void revocationStepSeesTheValidatedChainAndCanRefuseIt() {
        List<List<Certificate>> seen = new java.util.ArrayList<>();
        TrustEvaluator e = TrustEvaluator.builder(TrustStore.ofCertificates(List.of(ROOT.certificate())))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .revocation((chain, at) -> {
                    seen.add(chain);
                    return List.of(new CertificateProblem(0, chain.getFirst().subject(), TrustReason.REVOKED, "test responder says revoked"));
                }).build();
        TrustResult r = server(e, LEAF, "www.example.com", ICA);
        assertThat(seen).containsExactly(List.of(LEAF.certificate(), ICA.certificate(), ROOT.certificate()));
        assertThat(reasons(r)).containsExactly(TrustReason.REVOKED);
    }
}
