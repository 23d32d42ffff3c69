package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.attestation.internal.CertificateFields;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.trust.Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The {@code packed} format (WebAuthn L3 §8.2): {@code {alg, sig, x5c?}}. With {@code x5c}, basic (or
 * attestation-CA) attestation by the leaf's key, whose certificate must meet §8.2.1; without, self
 * attestation by the credential key.
 */
final class PackedFormat implements AttestationStatementFormat {

    static final String FMT = "packed";
    /** id-fido-gen-ce-aaguid (§8.2.1): the authenticator's AAGUID in an attestation certificate. */
    static final String AAGUID_EXTENSION = "1.3.6.1.4.1.45724.1.1.4";
    /** OU of a packed attestation certificate's subject (§8.2.1). */
    static final String ATTESTATION_OU = "Authenticator Attestation";
    static final String OID_C = "2.5.4.6";
    static final String OID_O = "2.5.4.10";
    static final String OID_OU = "2.5.4.11";
    static final String OID_CN = "2.5.4.3";
    /** The length of an AAGUID. */
    static final int AAGUID_LENGTH = 16;

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax; its fields are extracted.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("alg", "sig", "x5c"));
        CoseAlgorithm alg = st.alg();
        Bytes sig = st.bytes("sig");
        Optional<List<Certificate>> x5c = st.x5c();
        byte[] signed = signedData(input);
        AttestedCredentialData credential = input.authData().attestedCredentialData().orElseThrow();
        if (x5c.isPresent()) {
            Certificate attestnCert = x5c.get().getFirst();
            // Step 2 (x5c): sig is a valid signature over authenticatorData || clientDataHash by attestnCert's key with alg.
            CertificateKey.of(FMT, attestnCert).verify(FMT, alg, signed, sig);
            // Step 2 (x5c): attestnCert meets the requirements of §8.2.1.
            checkCertificateRequirements(attestnCert);
            // Step 2 (x5c): an id-fido-gen-ce-aaguid extension, if present, matches the AAGUID in authenticatorData.
            checkAaguidExtension(FMT, attestnCert, credential.aaguid());
            return new VerifiedStatement(FMT, AttestationType.BASIC, x5c.get());
        }
        // Step 3 (self): alg matches the algorithm of the credential public key.
        if (credential.credentialPublicKey().algorithm() != alg) {
            throw Statement.invalid(FMT, "self attestation alg " + alg + " differs from the credential key's "
                    + credential.credentialPublicKey().algorithm());
        }
        // Step 3 (self): sig is a valid signature over authenticatorData || clientDataHash by the credential key.
        credential.credentialPublicKey().verify(sig, signed);
        return new VerifiedStatement(FMT, AttestationType.SELF, List.of());
    }

    /** authenticatorData || clientDataHash, what packed, android-key and tpm (extraData) sign. */
    static byte[] signedData(AttestationInput input) {
        byte[] a = input.authData().raw().toByteArray();
        byte[] c = input.clientDataHash().toByteArray();
        byte[] out = new byte[a.length + c.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }

    /** §8.2.1: version 3; subject C, O, OU = "Authenticator Attestation", CN; basicConstraints cA false. */
    static void checkCertificateRequirements(Certificate c) {
        if (c.version() != 3) {
            throw Statement.invalid(FMT, "§8.2.1: attestation certificate is X.509 v" + c.version() + ", not v3");
        }
        for (String oid : List.of(OID_C, OID_O, OID_CN)) {
            if (CertificateFields.subjectAttribute(FMT, c, oid).size() != 1 || CertificateFields.subjectAttribute(FMT, c, oid).getFirst().isEmpty()) {
                throw Statement.invalid(FMT, "§8.2.1: attestation certificate subject needs exactly one " + oid);
            }
        }
        if (CertificateFields.subjectAttribute(FMT, c, OID_C).getFirst().length() != 2) {
            throw Statement.invalid(FMT, "§8.2.1: subject C is not an ISO 3166 two-letter code");
        }
        if (!CertificateFields.subjectAttribute(FMT, c, OID_OU).equals(List.of(ATTESTATION_OU))) {
            throw Statement.invalid(FMT, "§8.2.1: subject OU is not \"" + ATTESTATION_OU + "\"");
        }
        if (CertificateFields.isCa(FMT, c)) {
            throw Statement.invalid(FMT, "§8.2.1: attestation certificate has basicConstraints cA true");
        }
    }

    /** §8.2.1 / §8.3.1: id-fido-gen-ce-aaguid, when present, is non-critical and holds the authenticator's AAGUID. */
    static void checkAaguidExtension(String fmt, Certificate c, Bytes aaguid) {
        Optional<Extension> ext = CertificateFields.extension(c, AAGUID_EXTENSION);
        if (ext.isEmpty()) {
            return;
        }
        if (ext.get().isCritical()) {
            throw Statement.invalid(fmt, "the id-fido-gen-ce-aaguid extension is critical");
        }
        ASN1Primitive v = CertificateFields.der(fmt, ext.get().getExtnValue().getOctets(), "id-fido-gen-ce-aaguid");
        if (!(v instanceof ASN1OctetString os) || os.getOctets().length != AAGUID_LENGTH) {
            throw Statement.invalid(fmt, "the id-fido-gen-ce-aaguid extension is not a 16-byte OCTET STRING");
        }
        if (!aaguid.contentEquals(os.getOctets())) {
            throw Statement.invalid(fmt, "the id-fido-gen-ce-aaguid extension does not match the AAGUID in authenticatorData");
        }
    }
}
