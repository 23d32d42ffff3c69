package dev.citadel.trust.internal.ct;

import dev.citadel.trust.ct.CtException;
import dev.citadel.trust.ct.CtException.Reason;
import dev.citadel.trust.internal.ct.Der.DerException;
import dev.citadel.trust.internal.ct.Der.Tlv;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Splits a certificate into what embedded-SCT verification needs: the TLS-encoded SCT list from extension
 * 1.3.6.1.4.1.11129.2.4.2, and the precertificate TBSCertificate the log signed — the certificate's
 * TBSCertificate with that one extension removed and every other byte unchanged (RFC 6962 §3.2: the
 * final certificate differs from the precertificate only by the poison extension, replaced by the SCT
 * list, and the signature).
 *
 * <p>The precertificate-signing-certificate case (RFC 6962 §3.1: the precertificate was signed by a
 * dedicated CA certificate with EKU 1.3.6.1.4.1.11129.2.4.4) needs nothing extra here: the log then
 * rewrites the precertificate's issuer to the final issuer and hashes the final issuer's key, which is
 * exactly what a final certificate and its real issuer give us.
 */
public final class CertificateScts {

    /** DER contents of OID 1.3.6.1.4.1.11129.2.4.2 (RFC 6962 §3.3, embedded SCT list). */
    private static final byte[] EMBEDDED_SCT_OID = {0x2B, 0x06, 0x01, 0x04, 0x01, (byte) 0xD6, 0x79, 0x02, 0x04, 0x02};

    private final byte[] sctList;
    private final byte[] precertTbs;

    private CertificateScts(byte[] sctList, byte[] precertTbs) {
        this.sctList = sctList;
        this.precertTbs = precertTbs;
    }

    /** The TLS-encoded SignedCertificateTimestampList (a copy). */
    public byte[] sctList() {
        return sctList.clone();
    }

    /** The rebuilt precertificate TBSCertificate (a copy). */
    public byte[] precertTbs() {
        return precertTbs.clone();
    }

    /**
     * Finds the embedded SCT list of {@code certificateDer}; empty if the certificate has none. Malformed
     * DER, a duplicated SCT extension or an extension value that is not an OCTET STRING are
     * {@link Reason#MALFORMED_CERTIFICATE}.
     */
    public static Optional<CertificateScts> of(byte[] certificateDer) {
        try {
            Tlv certificate = Der.readAll(certificateDer);
            List<Tlv> parts = expect(certificate, Der.SEQUENCE, "Certificate").children();
            if (parts.size() != 3) {
                throw new DerException("Certificate is not a SEQUENCE of 3");
            }
            Tlv tbs = expect(parts.get(0), Der.SEQUENCE, "TBSCertificate");
            List<Tlv> fields = tbs.children();
            Tlv extensionsField = fields.getLast();
            if (extensionsField.tag() != Der.EXTENSIONS_TAG) {
                return Optional.empty();
            }
            List<Tlv> wrapper = extensionsField.children();
            if (wrapper.size() != 1) {
                throw new DerException("[3] extensions must hold one SEQUENCE");
            }
            List<Tlv> extensions = expect(wrapper.getFirst(), Der.SEQUENCE, "Extensions").children();
            Tlv found = null;
            ByteArrayOutputStream kept = new ByteArrayOutputStream(extensionsField.valueLength());
            for (Tlv extension : extensions) {
                List<Tlv> items = expect(extension, Der.SEQUENCE, "Extension").children();
                if (items.size() < 2 || items.size() > 3) {
                    throw new DerException("Extension is not a SEQUENCE of 2 or 3");
                }
                Tlv oid = expect(items.getFirst(), Der.OID, "extnID");
                if (Arrays.equals(oid.value(), EMBEDDED_SCT_OID)) {
                    if (found != null) {
                        throw new DerException("the SCT list extension appears twice");
                    }
                    found = extension;
                } else {
                    kept.writeBytes(extension.encoded());
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            List<Tlv> items = found.children();
            if (items.size() == 3) {
                expect(items.get(1), Der.BOOLEAN, "critical");
            }
            Tlv extnValue = expect(items.getLast(), Der.OCTET_STRING, "extnValue");
            // RFC 6962 §3.3: the extension value is an OCTET STRING that wraps the TLS-encoded list.
            Tlv inner = expect(Der.readAll(extnValue.value()), Der.OCTET_STRING, "SignedCertificateTimestampList");

            ByteArrayOutputStream rebuilt = new ByteArrayOutputStream(tbs.valueLength());
            for (int i = 0; i < fields.size() - 1; i++) {
                rebuilt.writeBytes(fields.get(i).encoded());
            }
            if (kept.size() > 0) { // Extensions is SIZE (1..MAX): omit [3] when nothing is left.
                rebuilt.writeBytes(Der.wrap(Der.EXTENSIONS_TAG, Der.wrap(Der.SEQUENCE, kept.toByteArray())));
            }
            return Optional.of(new CertificateScts(inner.value(), Der.wrap(Der.SEQUENCE, rebuilt.toByteArray())));
        } catch (DerException e) {
            throw new CtException(Reason.MALFORMED_CERTIFICATE, e.getMessage());
        }
    }

    private static Tlv expect(Tlv tlv, int tag, String what) {
        if (tlv.tag() != tag) {
            throw new DerException(what + " has tag 0x" + Integer.toHexString(tlv.tag()));
        }
        return tlv;
    }
}
