package dev.citadel.trust.ct;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.trust.ct.CtException.Reason;
import dev.citadel.trust.internal.SignatureCheck;
import dev.citadel.trust.internal.SignatureCheck.SignatureFailure;
import dev.citadel.trust.internal.ct.CertificateScts;
import dev.citadel.trust.internal.ct.PolicyEngine;
import dev.citadel.trust.internal.ct.SignedEntry;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * Certificate Transparency verification (RFC 6962) under Apple's or Chrome's CT policy: SCTs from the
 * certificate, a stapled OCSP response and the TLS extension, verified against a v3 log list.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>An SCT counts only if its log is in the list, its signature verifies under that log's key over
 *       the entry rebuilt from the certificate — a {@code PreCert} entry (issuer key hash = SHA-256 of the
 *       issuer's SubjectPublicKeyInfo, the TBSCertificate without the SCT extension) for embedded SCTs, an
 *       {@code X509} entry (the leaf's DER) for OCSP and TLS ones — and its timestamp is not after the
 *       validation instant.</li>
 *   <li>Signatures are SHA-256 with ECDSA or RSA only, checked through the trust module's one signature
 *       check and cryptokit; hashes through cryptokit.</li>
 *   <li>The policy's log-state, operator-diversity, RFC 6962 and lifetime rules decide compliance; every SCT
 *       gets a {@link SctDisposition} saying whether it counted and why not.</li>
 *   <li>Hostile input is bounded: see the limits in {@link SctLists} and {@link LogList}.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * <ul>
 *   <li>Build or validate the certificate path: call it after path validation, with the issuer the path
 *       builder chose.</li>
 *   <li>Check inclusion proofs or log consistency (no auditing), or the log list's signature and age.</li>
 *   <li>Check that a log's temporal interval covers the certificate's notAfter (neither policy asks it).</li>
 *   <li>See the TLS SCT extension by itself: JSSE does not expose it; pass it with
 *       {@link CtInput#withTlsSctList} if another stack gives it to you.</li>
 * </ul>
 *
 * Thread-safe and immutable: build one per log list and policy and share it.
 */
public final class CtVerifier {

    private static final AlgorithmIdentifier ECDSA_SHA256 =
            new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.10045.4.3.2"));
    private static final AlgorithmIdentifier RSA_SHA256 =
            new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.113549.1.1.11"), DERNull.INSTANCE);

    private final LogList logList;
    private final CtPolicy policy;
    private final Map<LogId, CtLog> logs = new HashMap<>();
    private final Map<LogId, SignatureCheck.PublicKey> keys = new HashMap<>();
    private final Map<LogId, String> keyProblems = new HashMap<>();

    public CtVerifier(LogList logList, CtPolicy policy) {
        this.logList = Objects.requireNonNull(logList, "logList");
        this.policy = Objects.requireNonNull(policy, "policy");
        for (CtLog log : logList.logs()) {
            logs.put(log.logId(), log);
            try {
                keys.put(log.logId(), SignatureCheck.parseKey(SignatureCheck.parseSpki(log.keyDer())));
            } catch (SignatureFailure e) {
                keyProblems.put(log.logId(), e.failure() + ": " + e.getMessage());
            }
        }
    }

    public CtPolicy policy() {
        return policy;
    }

    public LogList logList() {
        return logList;
    }

    /**
     * Verifies one SCT for the certificate in {@code input} at instant {@code at}; returns the proof or
     * throws {@link CtException} with {@code UNKNOWN_LOG}, {@code UNSUPPORTED_LOG_KEY},
     * {@code UNSUPPORTED_ALGORITHM}, {@code MISSING_ISSUER}, {@code BAD_SIGNATURE} or {@code FUTURE_TIMESTAMP}.
     */
    public VerifiedSct verify(SignedCertificateTimestamp sct, CtInput input, Instant at) {
        return verify(sct, Prepared.of(input), at);
    }

    /**
     * Evaluates every SCT the input carries under this verifier's policy at instant {@code at} (the
     * validation instant of the path). Unreadable carriers are reported in {@link CtVerdict#problems()};
     * a leaf (or issuer) that is not a DER certificate throws {@link CtException}
     * ({@code MALFORMED_CERTIFICATE}).
     */
    public CtVerdict evaluate(CtInput input, Instant at) {
        Objects.requireNonNull(at, "at");
        Prepared prepared = Prepared.of(input);
        List<InputProblem> problems = new ArrayList<>();
        List<SignedCertificateTimestamp> scts = new ArrayList<>();
        prepared.embedded.ifPresent(found -> collect(scts, problems, SctSource.EMBEDDED, () -> SctLists.parse(found.sctList(), SctSource.EMBEDDED)));
        input.ocspResponse().ifPresent(ocsp -> collect(scts, problems, SctSource.OCSP, () -> {
            if (prepared.issuer == null) {
                throw new CtException(Reason.MISSING_ISSUER, "an OCSP response needs the issuer to find the leaf's entry");
            }
            return SctLists.fromOcspResponse(ocsp, prepared.leafDer, input.issuerDer().orElseThrow());
        }));
        input.tlsSctList().ifPresent(list -> collect(scts, problems, SctSource.TLS_EXTENSION, () -> SctLists.parse(list, SctSource.TLS_EXTENSION)));

        List<PolicyEngine.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < scts.size(); i++) {
            SignedCertificateTimestamp sct = scts.get(i);
            CtLog log = logs.get(sct.logId());
            SctFinding finding = new SctFinding(i, sct.source(), sct.logId(), sct.timestamp(),
                    Optional.ofNullable(log).map(CtLog::description),
                    Optional.ofNullable(log).map(l -> l.operatorAt(sct.timestamp())),
                    Optional.ofNullable(log).map(CtLog::api), SctDisposition.COUNTED, "valid");
            try {
                verify(sct, prepared, at);
            } catch (CtException e) {
                finding = finding.with(disposition(e.ctReason()), e.getMessage());
            }
            candidates.add(new PolicyEngine.Candidate(finding, log));
        }
        Instant notBefore = prepared.leaf.getStartDate().getDate().toInstant();
        Instant notAfter = prepared.leaf.getEndDate().getDate().toInstant();
        return PolicyEngine.evaluate(policy, candidates, notBefore, notAfter, at, problems);
    }

    private interface Parse {
        List<SignedCertificateTimestamp> run();
    }

    private static void collect(List<SignedCertificateTimestamp> into, List<InputProblem> problems, SctSource source, Parse parse) {
        try {
            into.addAll(parse.run());
        } catch (CtException e) {
            problems.add(new InputProblem(source, e.ctReason(), e.getMessage()));
        }
    }

    private VerifiedSct verify(SignedCertificateTimestamp sct, Prepared prepared, Instant at) {
        CtLog log = logs.get(sct.logId());
        if (log == null) {
            throw new CtException(Reason.UNKNOWN_LOG, "log " + sct.logId() + " is not in the log list");
        }
        SignatureCheck.PublicKey key = keys.get(sct.logId());
        if (key == null) {
            throw new CtException(Reason.UNSUPPORTED_LOG_KEY, log.description() + ": " + keyProblems.get(sct.logId()));
        }
        if (sct.hashAlgorithm() != SignedCertificateTimestamp.HASH_SHA256) {
            throw new CtException(Reason.UNSUPPORTED_ALGORITHM, "hash algorithm " + sct.hashAlgorithm() + " (only sha256 = 4)");
        }
        AlgorithmIdentifier algorithm = switch (sct.signatureAlgorithm()) {
            case SignedCertificateTimestamp.SIGNATURE_ECDSA -> ECDSA_SHA256;
            case SignedCertificateTimestamp.SIGNATURE_RSA -> RSA_SHA256;
            default -> throw new CtException(Reason.UNSUPPORTED_ALGORITHM,
                    "signature algorithm " + sct.signatureAlgorithm() + " (only rsa = 1, ecdsa = 3)");
        };
        byte[] signed;
        if (sct.source() == SctSource.EMBEDDED) {
            if (prepared.issuerKeyHash == null) {
                throw new CtException(Reason.MISSING_ISSUER, "an embedded SCT needs the issuer's key hash");
            }
            if (prepared.embedded.isEmpty()) {
                throw new CtException(Reason.BAD_SIGNATURE, "the certificate has no SCT extension, so no embedded SCT can be for it");
            }
            signed = SignedEntry.precert(sct.timestampMillis(), prepared.issuerKeyHash, prepared.embedded.get().precertTbs(),
                    sct.extensions());
        } else {
            signed = SignedEntry.x509(sct.timestampMillis(), prepared.leafDer, sct.extensions());
        }
        try {
            SignatureCheck.verify(algorithm, key, signed, sct.signature());
        } catch (SignatureFailure e) {
            throw new CtException(Reason.BAD_SIGNATURE, log.description() + ": " + e.failure() + ": " + e.getMessage());
        }
        if (sct.timestamp().isAfter(at)) {
            throw new CtException(Reason.FUTURE_TIMESTAMP, "SCT timestamp " + sct.timestamp() + " is after the validation instant " + at);
        }
        return new VerifiedSct(sct, log);
    }

    private static SctDisposition disposition(Reason reason) {
        return switch (reason) {
            case UNKNOWN_LOG -> SctDisposition.UNKNOWN_LOG;
            case UNSUPPORTED_LOG_KEY -> SctDisposition.UNSUPPORTED_LOG_KEY;
            case UNSUPPORTED_ALGORITHM -> SctDisposition.UNSUPPORTED_ALGORITHM;
            case MISSING_ISSUER -> SctDisposition.MISSING_ISSUER;
            case FUTURE_TIMESTAMP -> SctDisposition.FUTURE_TIMESTAMP;
            case BAD_SIGNATURE -> SctDisposition.BAD_SIGNATURE;
            // verify() throws only the reasons above; anything else is a bug.
            case MALFORMED_SCT_LIST, UNSUPPORTED_SCT_VERSION, LIMIT_EXCEEDED, MALFORMED_CERTIFICATE, MALFORMED_OCSP_RESPONSE,
                 MALFORMED_LOG_LIST, NOT_COMPLIANT -> throw new IllegalStateException("unexpected per-SCT reason " + reason);
        };
    }

    /** The leaf parsed once: DER, BouncyCastle view, embedded list and rebuilt TBS, issuer key hash. */
    private static final class Prepared {
        final byte[] leafDer;
        final Certificate leaf;
        final Certificate issuer;
        final byte[] issuerKeyHash;
        final Optional<CertificateScts> embedded;

        private Prepared(byte[] leafDer, Certificate leaf, Certificate issuer, byte[] issuerKeyHash, Optional<CertificateScts> embedded) {
            this.leafDer = leafDer;
            this.leaf = leaf;
            this.issuer = issuer;
            this.issuerKeyHash = issuerKeyHash;
            this.embedded = embedded;
        }

        static Prepared of(CtInput input) {
            byte[] leafDer = input.leafDer();
            Certificate leaf = Certificates.parse(leafDer, "leaf");
            Certificate issuer = input.issuerDer().map(der -> Certificates.parse(der, "issuer")).orElse(null);
            byte[] keyHash = null;
            if (issuer != null) {
                try {
                    // RFC 6962 §3.2: SHA-256 over the DER SubjectPublicKeyInfo of the issuer.
                    keyHash = SHA256.hash(issuer.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER)).bytes();
                } catch (IOException e) {
                    throw new CtException(Reason.MALFORMED_CERTIFICATE, "issuer SubjectPublicKeyInfo: " + e.getMessage());
                }
            }
            return new Prepared(leafDer, leaf, issuer, keyHash, CertificateScts.of(leafDer));
        }
    }
}
