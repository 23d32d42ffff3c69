package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.revocation.RevocationStatus.Reason;
import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Time;

/** Strict DER for revocation answers: size bound first, no trailing bytes, canonical encoding only. */
final class StrictDer {

    private StrictDer() {}

    /**
     * Parses {@code der} as one DER value of at most {@code maxBytes}.
     *
     * @throws SourceFailure {@code RESPONSE_TOO_LARGE} or {@code MALFORMED}
     */
    static ASN1Primitive parse(byte[] der, int maxBytes, String what) {
        if (der.length > maxBytes) {
            throw new SourceFailure(Reason.RESPONSE_TOO_LARGE, what + " of " + der.length + " bytes exceeds " + maxBytes);
        }
        ASN1Primitive value;
        try {
            // fromByteArray refuses trailing bytes ("extra data detected in stream").
            value = ASN1Primitive.fromByteArray(der);
        } catch (IOException | RuntimeException e) {
            throw new SourceFailure(Reason.MALFORMED, what + " is not valid ASN.1: " + e.getMessage());
        }
        if (value == null) {
            throw new SourceFailure(Reason.MALFORMED, what + " is empty");
        }
        byte[] canonical;
        try {
            canonical = value.getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            throw new SourceFailure(Reason.MALFORMED, what + " cannot be re-encoded: " + e.getMessage());
        }
        if (!Arrays.equals(canonical, der)) {
            throw new SourceFailure(Reason.MALFORMED, what + " is BER, not DER");
        }
        return value;
    }

    static Instant instant(ASN1GeneralizedTime time, String what) {
        try {
            return time.getDate().toInstant();
        } catch (ParseException | RuntimeException e) {
            throw new SourceFailure(Reason.MALFORMED, "malformed " + what);
        }
    }

    static Instant instant(Time time, String what) {
        try {
            return time.getDate().toInstant();
        } catch (RuntimeException e) {
            throw new SourceFailure(Reason.MALFORMED, "malformed " + what);
        }
    }
}
