package dev.citadel.passkeys.attestation;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.attestation.internal.CertificateFields;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.CredentialKeyParameters;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.trust.Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The {@code apple} anonymous attestation format (WebAuthn L3 §8.8): {@code {x5c}}, a per-credential
 * certificate from Apple's anonymisation CA whose nonce extension binds it to this registration.
 */
final class AppleFormat implements AttestationStatementFormat {

    static final String FMT = "apple";
    /** Apple's nonce extension. */
    static final String NONCE_EXTENSION = "1.2.840.113635.100.8.2";
    /** The nonce is a SHA-256 digest. */
    static final int NONCE_LENGTH = 32;

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("x5c"));
        List<Certificate> x5c = st.x5c().orElseThrow(() -> Statement.malformed(FMT, "member x5c is missing"));
        Certificate credCert = x5c.getFirst();
        // Steps 2–3: nonce = SHA-256(authenticatorData || clientDataHash).
        byte[] nonce = SHA256.hash(PackedFormat.signedData(input)).bytes();
        // Step 4: nonce equals the value of extension 1.2.840.113635.100.8.2 in credCert.
        if (!java.util.Arrays.equals(nonce, nonceExtension(credCert))) {
            throw Statement.invalid(FMT, "the nonce extension is not SHA-256(authenticatorData || clientDataHash)");
        }
        // Step 5: the credential public key equals credCert's subject public key.
        AttestedCredentialData credential = input.authData().attestedCredentialData().orElseThrow();
        if (!CredentialKeyParameters.of(credential).sameAs(CertificateKey.of(FMT, credCert))) {
            throw Statement.invalid(FMT, "the credential public key is not credCert's subject public key");
        }
        // Step 6: attestation type Anonymization CA, trust path x5c.
        return new VerifiedStatement(FMT, AttestationType.ANONCA, x5c);
    }

    /** {@code SEQUENCE { [1] EXPLICIT OCTET STRING nonce }}. */
    static byte[] nonceExtension(Certificate c) {
        Optional<Extension> ext = CertificateFields.extension(c, NONCE_EXTENSION);
        if (ext.isEmpty()) {
            throw Statement.invalid(FMT, "credCert has no nonce extension " + NONCE_EXTENSION);
        }
        ASN1Primitive v = CertificateFields.der(FMT, ext.get().getExtnValue().getOctets(), "nonce extension");
        if (v instanceof ASN1Sequence seq && seq.size() == 1 && seq.getObjectAt(0) instanceof ASN1TaggedObject t
                && t.getTagClass() == BERTags.CONTEXT_SPECIFIC && t.getTagNo() == 1 && t.isExplicit()
                && t.getBaseObject() instanceof ASN1OctetString os && os.getOctets().length == NONCE_LENGTH) {
            return os.getOctets();
        }
        throw Statement.malformed(FMT, "the nonce extension is not SEQUENCE { [1] EXPLICIT OCTET STRING (32 bytes) }");
    }
}
