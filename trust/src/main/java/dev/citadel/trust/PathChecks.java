package dev.citadel.trust;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that depend on the whole path (leaf … last intermediate, then the anchor): pathLenConstraint,
 * extended key usage of issuers, name constraints of every CA and of the anchor's {@link AnchorConstraints},
 * Apple marker extensions of the leaf's issuer.
 */
final class PathChecks {

    private PathChecks() {}

    static List<Finding> check(List<Certificate> path, TrustAnchor anchor, TrustPolicy policy, NameConstraintCheck.Budget budget) {
        List<Certificate> certs = new ArrayList<>(path);
        certs.add(anchor.certificate());
        List<Finding> out = new ArrayList<>();
        int n = certs.size() - 1;
        for (int i = 1; i <= n; i++) {
            Certificate ca = certs.get(i);
            CertificateExtensions e = ca.extensions();
            // RFC 5280 §4.2.1.9: non-self-issued intermediates below this CA, the leaf not counted.
            if (e.pathLen != null) {
                int below = 0;
                for (int j = 1; j < i; j++) {
                    if (!certs.get(j).isSelfIssued()) {
                        below++;
                    }
                }
                if (BigInteger.valueOf(below).compareTo(e.pathLen) > 0) {
                    out.add(new Finding(ca, TrustReason.PATH_LENGTH_EXCEEDED,
                            below + " intermediates below a CA with pathLenConstraint " + e.pathLen));
                }
            }
            // An issuer's extKeyUsage constrains every certificate below it.
            policy.requiredEku().ifPresent(required -> {
                if (e.ekuPresent && !e.eku.contains(required) && !e.eku.contains(TrustPolicy.EKU_ANY)) {
                    out.add(new Finding(ca, TrustReason.EXTENDED_KEY_USAGE,
                            "issuer's extKeyUsage " + e.eku + " does not allow " + required));
                }
            });
            if (e.ncPresent) {
                constrain(certs, i, "nameConstraints of " + ca.subject(), e.permitted, e.excluded, budget, out);
                if (budget.exhausted()) {
                    return out;
                }
            }
        }
        AnchorConstraints ac = anchor.constraints();
        if (ac.hasNameConstraints()) {
            constrain(certs, n + 1, "the constraints configured on anchor " + anchor.certificate().subject(),
                    ac.permitted(), ac.excluded(), budget, out);
        }
        if (policy instanceof TrustPolicy.AppleMarker m) {
            Certificate issuer = certs.get(1);
            for (String oid : m.intermediateMarkers()) {
                if (!issuer.extensions().has(oid)) {
                    out.add(new Finding(issuer, TrustReason.MISSING_MARKER_EXTENSION,
                            m.name() + " requires extension " + oid + " in the leaf's issuer"));
                }
            }
        }
        return out;
    }

    /** Applies subtrees to certs[0 .. upTo-1]; self-issued intermediates are exempt (RFC 5280 §6.1.3 (b)). */
    private static void constrain(List<Certificate> certs, int upTo, String constraining, List<GeneralNameValue> permitted,
            List<GeneralNameValue> excluded, NameConstraintCheck.Budget budget, List<Finding> out) {
        for (int j = 0; j < upTo && j < certs.size(); j++) {
            Certificate c = certs.get(j);
            if (j > 0 && c.isSelfIssued()) {
                continue;
            }
            out.addAll(NameConstraintCheck.check(constraining, permitted, excluded, c, budget));
            if (budget.exhausted()) {
                return;
            }
        }
    }
}
