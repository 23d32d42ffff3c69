package dev.citadel.trust;

import dev.citadel.cryptokit.SHA256;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.TBSCertificate;

/**
 * A parsed X.509 certificate (RFC 5280 §4.1), kept together with its exact DER bytes.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>{@link #parse} accepts DER only: trailing bytes, indefinite or non-minimal lengths, length fields
 *       beyond the input and any other BER form are refused with a reason, before any field is used.</li>
 *   <li>Input above {@link #MAX_ENCODED_BYTES} is refused without being decoded.</li>
 *   <li>Extension values are decoded on first use and must be DER too; a malformed extension becomes a
 *       {@link TrustReason#MALFORMED_EXTENSION} problem of this certificate when it is evaluated, so an
 *       unused, odd intermediate does not break an otherwise valid chain.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Decide anything about trust: that is {@link TrustEvaluator}'s job.
 */
public final class Certificate {

    /** Largest encoded certificate accepted (real web certificates are under 8 KiB; bounds memory). */
    public static final int MAX_ENCODED_BYTES = 256 * 1024;

    /** Most certificates read from one PEM text (a bundle such as cacerts has ~150). */
    public static final int MAX_PEM_CERTIFICATES = 10_000;

    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    private final byte[] der;
    private final org.bouncycastle.asn1.x509.Certificate asn1;
    private final byte[] subjectDer;
    private final byte[] issuerDer;
    private final byte[] spkiDer;
    private final byte[] tbs;
    private final Instant notBefore;
    private final Instant notAfter;
    private final int hash;
    private volatile CertificateExtensions extensions;
    private volatile Object publicKey; // SignatureCheck.PublicKey, or the SignatureFailure that parsing raised

    private Certificate(byte[] der, org.bouncycastle.asn1.x509.Certificate asn1) throws IOException {
        this.der = der;
        this.asn1 = asn1;
        TBSCertificate tbs = asn1.getTBSCertificate();
        int[] tbsRange = StrictDer.children(der, 0)[0];
        int[][] fields = StrictDer.children(der, tbsRange[0]);
        int first = (der[fields[0][0]] & 0xff) == 0xa0 ? 1 : 0; // [0] EXPLICIT version is optional
        this.issuerDer = Arrays.copyOfRange(der, fields[first + 2][0], fields[first + 2][1]);
        this.subjectDer = Arrays.copyOfRange(der, fields[first + 4][0], fields[first + 4][1]);
        this.spkiDer = Arrays.copyOfRange(der, fields[first + 5][0], fields[first + 5][1]);
        this.tbs = Arrays.copyOfRange(der, tbsRange[0], tbsRange[1]);
        this.notBefore = tbs.getStartDate().getDate().toInstant();
        this.notAfter = tbs.getEndDate().getDate().toInstant();
        this.hash = Arrays.hashCode(der);
    }

    /**
     * Parses one DER certificate; throws {@link CertificateFormatException} with {@link TrustReason#TRAILING_BYTES},
     * {@link TrustReason#NON_DER_ENCODING} or {@link TrustReason#MALFORMED_CERTIFICATE}.
     */
    public static Certificate parse(byte[] der) {
        if (der.length > MAX_ENCODED_BYTES) {
            throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE,
                    "certificate of " + der.length + " bytes (limit " + MAX_ENCODED_BYTES + ")");
        }
        byte[] copy = der.clone();
        try {
            StrictDer.requireSingleValue(copy);
        } catch (StrictDer.NotDer e) {
            throw new CertificateFormatException(e.reason, e.getMessage());
        }
        org.bouncycastle.asn1.x509.Certificate asn1;
        try {
            asn1 = org.bouncycastle.asn1.x509.Certificate.getInstance(ASN1Primitive.fromByteArray(copy));
            return new Certificate(copy, asn1);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("repeated extension")) {
                throw new CertificateFormatException(TrustReason.DUPLICATE_EXTENSION, "an extension appears twice");
            }
            throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE, "not an X.509 certificate: " + message);
        }
    }

    /**
     * Every {@code CERTIFICATE} block of a PEM text, in order; text outside the blocks is ignored. No block,
     * bad Base64 or a bad certificate throws {@link CertificateFormatException}.
     */
    public static List<Certificate> parsePem(String pem) {
        List<Certificate> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int begin = pem.indexOf(PEM_BEGIN, from);
            if (begin < 0) {
                break;
            }
            int end = pem.indexOf(PEM_END, begin);
            if (end < 0) {
                throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE, "PEM block without an END line");
            }
            if (out.size() == MAX_PEM_CERTIFICATES) {
                throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE,
                        "more than " + MAX_PEM_CERTIFICATES + " certificates in one PEM text");
            }
            String body = withoutWhitespace(pem, begin + PEM_BEGIN.length(), end);
            byte[] der;
            try {
                der = Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE, "PEM block is not Base64");
            }
            out.add(parse(der));
            from = end + PEM_END.length();
        }
        if (out.isEmpty()) {
            throw new CertificateFormatException(TrustReason.MALFORMED_CERTIFICATE, "no CERTIFICATE block in the PEM text");
        }
        return List.copyOf(out);
    }

    private static String withoutWhitespace(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@link #parsePem(String)} over bytes decoded as US-ASCII/UTF-8. */
    public static List<Certificate> parsePem(byte[] pem) {
        return parsePem(new String(pem, StandardCharsets.UTF_8));
    }

    /** The exact DER encoding (a copy). */
    public byte[] encoded() {
        return der.clone();
    }

    /** The PEM encoding. */
    public String toPem() {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n" + PEM_END + "\n";
    }

    /** BouncyCastle's ASN.1 view (for CRL/OCSP and other structure-level work). */
    public org.bouncycastle.asn1.x509.Certificate asn1() {
        return asn1;
    }

    /** The subject distinguished name, RFC 4514 style. */
    public String subject() {
        return X500Name.getInstance(asn1.getSubject()).toString();
    }

    /** The issuer distinguished name, RFC 4514 style. */
    public String issuer() {
        return X500Name.getInstance(asn1.getIssuer()).toString();
    }

    /** The serial number as encoded (may be zero or negative: the evaluator refuses such certificates). */
    public BigInteger serialNumber() {
        return asn1.getSerialNumber().getValue();
    }

    /** X.509 version: 1, 2 or 3. */
    public int version() {
        return asn1.getVersionNumber();
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /** Subject key identifier (hex), if the extension is present and well formed. */
    public Optional<String> subjectKeyIdentifier() {
        return Optional.ofNullable(extensions().ski()).map(HexFormat.of()::formatHex);
    }

    /** Authority key identifier's keyIdentifier (hex), if present and well formed. */
    public Optional<String> authorityKeyIdentifier() {
        return Optional.ofNullable(extensions().akiKeyId()).map(HexFormat.of()::formatHex);
    }

    /** dNSName entries of the subjectAltName, as encoded. */
    public List<String> dnsNames() {
        return extensions().sanOfKind(GeneralNameKind.DNS);
    }

    /** rfc822Name entries of the subjectAltName, as encoded. */
    public List<String> emailAddresses() {
        return extensions().sanOfKind(GeneralNameKind.EMAIL);
    }

    /** iPAddress entries of the subjectAltName (entries of a length other than 4 or 16 are left out). */
    public List<InetAddress> ipAddresses() {
        List<InetAddress> out = new ArrayList<>();
        for (GeneralNameValue n : extensions().sanNames()) {
            if (n.kind() == GeneralNameKind.IP && (n.bytes().length == 4 || n.bytes().length == 16)) {
                try {
                    out.add(InetAddress.getByAddress(n.bytes()));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("can't happen: address of length " + n.bytes().length, e);
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether basicConstraints asserts cA. */
    public boolean isCa() {
        return extensions().ca();
    }

    /** Whether subject and issuer are the same name (RFC 5280 §6.1: "self-issued"). */
    public boolean isSelfIssued() {
        return Arrays.equals(subjectDer, issuerDer);
    }

    /** SHA-256 of the DER encoding, lower-case hex (the fingerprint {@link PinnedRoot} compares). */
    public String sha256Fingerprint() {
        return HexFormat.of().formatHex(SHA256.hash(der).bytes());
    }

    // ---- package-private views for the evaluator

    byte[] subjectDer() {
        return subjectDer;
    }

    byte[] issuerDer() {
        return issuerDer;
    }

    byte[] spkiDer() {
        return spkiDer;
    }

    byte[] derUnsafe() {
        return der;
    }

    /** The DER TBSCertificate, sliced from the validated encoding (the bytes the issuer signed). */
    byte[] tbsBytes() {
        return tbs;
    }

    /** The parsed public key, once per certificate (anchors are parsed once for the store's lifetime). */
    dev.citadel.trust.internal.SignatureCheck.PublicKey publicKey() {
        Object k = publicKey;
        if (k == null) {
            try {
                k = dev.citadel.trust.internal.SignatureCheck.parseKey(asn1.getSubjectPublicKeyInfo());
            } catch (dev.citadel.trust.internal.SignatureCheck.SignatureFailure e) {
                k = e;
            }
            publicKey = k;
        }
        if (k instanceof dev.citadel.trust.internal.SignatureCheck.SignatureFailure f) {
            throw f;
        }
        return (dev.citadel.trust.internal.SignatureCheck.PublicKey) k;
    }

    CertificateExtensions extensions() {
        CertificateExtensions e = extensions;
        if (e == null) {
            e = CertificateExtensions.decode(asn1);
            extensions = e;
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Certificate c && c.hash == hash && Arrays.equals(c.der, der);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Certificate[" + subject() + ", sha256 " + sha256Fingerprint().substring(0, 16) + "…]";
    }
}
