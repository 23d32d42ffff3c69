package dev.citadel.attest;

import dev.citadel.attest.AttestException.Reason;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcECContentVerifierProviderBuilder;
import org.bouncycastle.operator.DefaultDigestAlgorithmIdentifierFinder;

/**
 * A STAND-IN for the trust module's path validation, for tests only, until the production adapter over
 * trust's evaluator replaces it: BouncyCastle's lightweight ECDSA verifies each signature, the path is built
 * by issuer name, and each certificate's validity period is checked at the instant. It implements only what
 * Apple's two-level chains need (EC keys, CA basic constraints); it is not a path validator.
 */
final class StandInChainValidation implements ChainValidation {

    private static final int MAX_PATH = 6;

    @Override
    public Bytes validate(List<Bytes> certificates, PinnedRoot root, Instant at) {
        X509CertificateHolder anchor = holder(root.certificate());
        List<X509CertificateHolder> pool = new ArrayList<>();
        for (Bytes c : certificates.subList(1, certificates.size())) {
            if (!c.equals(root.certificate())) {
                pool.add(holder(c));
            }
        }
        X509CertificateHolder leaf = holder(certificates.getFirst());
        X509CertificateHolder current = leaf;
        Date when = Date.from(at);
        for (int depth = 0; depth < MAX_PATH; depth++) {
            validity(current, when);
            if (depth > 0) {
                BasicConstraints bc = BasicConstraints.fromExtensions(current.getExtensions());
                if (bc == null || !bc.isCA()) {
                    throw AttestException.of(Reason.CHAIN_INVALID, "issuer " + current.getSubject() + " is not a CA");
                }
            }
            if (current.getIssuer().equals(anchor.getSubject())) {
                verify(current, anchor);
                validity(anchor, when);
                return Bytes.of(encoded(leaf.getSubjectPublicKeyInfo()));
            }
            X509CertificateHolder c = current;
            X509CertificateHolder issuer = pool.stream().filter(p -> p.getSubject().equals(c.getIssuer()) && p != c)
                    .findFirst().orElseThrow(() -> AttestException.of(Reason.CHAIN_UNTRUSTED, "no issuer for " + c.getSubject()));
            verify(current, issuer);
            pool.remove(issuer);
            current = issuer;
        }
        throw AttestException.of(Reason.CHAIN_INVALID, "path longer than " + MAX_PATH);
    }

    private static void validity(X509CertificateHolder c, Date when) {
        if (when.before(c.getNotBefore())) {
            throw AttestException.of(Reason.CERTIFICATE_NOT_YET_VALID, c.getSubject() + " valid from " + c.getNotBefore().toInstant());
        }
        if (when.after(c.getNotAfter())) {
            throw AttestException.of(Reason.CERTIFICATE_EXPIRED, c.getSubject() + " expired " + c.getNotAfter().toInstant());
        }
    }

    private static void verify(X509CertificateHolder c, X509CertificateHolder issuer) {
        try {
            if (!c.isSignatureValid(new BcECContentVerifierProviderBuilder(new DefaultDigestAlgorithmIdentifierFinder()).build(issuer))) {
                throw AttestException.of(Reason.CHAIN_UNTRUSTED, "signature of " + c.getSubject() + " does not verify");
            }
        } catch (CertException | OperatorCreationException e) {
            throw AttestException.of(Reason.CHAIN_UNTRUSTED, "cannot verify " + c.getSubject() + ": " + e.getMessage(), e);
        }
    }

    private static X509CertificateHolder holder(Bytes der) {
        try {
            return new X509CertificateHolder(der.toByteArray());
        } catch (IOException | IllegalArgumentException e) {
            throw AttestException.of(Reason.CHAIN_INVALID, "not a certificate", e);
        }
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object o) {
        try {
            return o.getEncoded("DER");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
