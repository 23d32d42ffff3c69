package dev.citadel.passkeys.attestation;

import dev.citadel.cryptokit.Insecure;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RSA;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.cryptokit.SHA384;
import dev.citadel.cryptokit.SHA512;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.attestation.internal.CertificateFields;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.CredentialKeyParameters;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.passkeys.attestation.internal.TpmStructures;
import dev.citadel.passkeys.attestation.internal.TpmStructures.CertInfo;
import dev.citadel.passkeys.attestation.internal.TpmStructures.PubArea;
import dev.citadel.passkeys.attestation.internal.TpmStructures.TpmFormatException;
import dev.citadel.trust.Certificate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * The {@code tpm} format (WebAuthn L3 §8.3): a TPM 2.0 certifies the credential key (TPMS_ATTEST
 * {@code certInfo} over the TPMT_PUBLIC {@code pubArea}), signed by an attestation identity key whose
 * certificate ({@code x5c}) meets §8.3.1.
 */
final class TpmFormat implements AttestationStatementFormat {

    static final String FMT = "tpm";
    static final String VERSION = "2.0";
    /** tcg-kp-AIKCertificate (§8.3.1). */
    static final String AIK_CERTIFICATE_EKU = "2.23.133.8.3";
    static final String TPM_MANUFACTURER = "2.23.133.2.1";
    static final String TPM_MODEL = "2.23.133.2.2";
    static final String TPM_VERSION = "2.23.133.2.3";
    /** COSE RS1: RSASSA-PKCS1-v1_5 with SHA-1, which Windows TPM attestation uses. */
    static final long COSE_RS1 = -65535;
    /** The RSA exponent a TPM encodes as 0. */
    static final byte[] DEFAULT_RSA_EXPONENT = {0x01, 0x00, 0x01};

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("ver", "alg", "x5c", "sig", "certInfo", "pubArea"));
        String ver = st.text("ver");
        long alg = st.integer("alg");
        Bytes sig = st.bytes("sig");
        byte[] certInfoBytes = st.bytes("certInfo").toByteArray();
        byte[] pubAreaBytes = st.bytes("pubArea").toByteArray();
        List<Certificate> x5c = st.x5c().orElseThrow(() -> Statement.malformed(FMT, "member x5c is missing"));
        // Step 2: ver is "2.0".
        if (!VERSION.equals(ver)) {
            throw Statement.invalid(FMT, "ver is \"" + ver + "\", not \"2.0\"");
        }
        CertInfo certInfo;
        PubArea pubArea;
        try {
            certInfo = TpmStructures.certInfo(certInfoBytes);
            pubArea = TpmStructures.pubArea(pubAreaBytes);
        } catch (TpmFormatException e) {
            throw Statement.malformed(FMT, e.getMessage());
        }
        AttestedCredentialData credential = input.authData().attestedCredentialData().orElseThrow();
        // Step 3: the key in pubArea's parameters and unique fields is the credential public key.
        checkPubAreaKey(pubArea, CredentialKeyParameters.of(credential));
        // Step 4: attToBeSigned = authenticatorData || clientDataHash.
        byte[] attToBeSigned = PackedFormat.signedData(input);
        // Step 5: certInfo: magic is TPM_GENERATED_VALUE.
        if (certInfo.magic() != TpmStructures.TPM_GENERATED_VALUE) {
            throw Statement.invalid(FMT, "certInfo.magic is not TPM_GENERATED_VALUE");
        }
        // Step 5: certInfo: type is TPM_ST_ATTEST_CERTIFY.
        if (certInfo.type() != TpmStructures.TPM_ST_ATTEST_CERTIFY) {
            throw Statement.invalid(FMT, "certInfo.type is not TPM_ST_ATTEST_CERTIFY");
        }
        // Step 5: certInfo: extraData is the hash of attToBeSigned with the hash of alg.
        if (!certInfo.extraData().contentEquals(hashForAlg(alg, attToBeSigned))) {
            throw Statement.invalid(FMT, "certInfo.extraData is not the hash of authenticatorData || clientDataHash");
        }
        // Step 5: certInfo: attested.name is pubArea's Name (nameAlg || H_nameAlg(pubArea)).
        if (!certInfo.certifiedName().contentEquals(name(pubArea.nameAlg(), pubAreaBytes))) {
            throw Statement.invalid(FMT, "certInfo.attested.name is not the Name of pubArea");
        }
        Certificate aikCert = x5c.getFirst();
        // Step 6: aikCert meets the requirements of §8.3.1.
        checkAikCertificate(aikCert);
        // Step 6: an id-fido-gen-ce-aaguid extension in aikCert matches the AAGUID in authenticatorData.
        PackedFormat.checkAaguidExtension(FMT, aikCert, credential.aaguid());
        // Step 6: sig is a valid signature over certInfo by aikCert's key with alg.
        if (alg == COSE_RS1) {
            // RS1 (RSA PKCS #1 v1.5 with SHA-1) is what TPMs without SHA-256 attestation sign with; it is read
            // here and nowhere else (a credential key or another format with RS1 stays unsupported).
            verifyRs1(CertificateKey.of(FMT, aikCert), certInfoBytes, sig);
            return new VerifiedStatement(FMT, AttestationType.ATTCA, x5c);
        }
        CoseAlgorithm coseAlg = CoseAlgorithm.of(alg).orElseThrow(() -> PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM,
                FMT + ": COSE algorithm " + alg + " is not implemented; the statement's structure verified, its signature cannot be checked"));
        CertificateKey.of(FMT, aikCert).verify(FMT, coseAlg, certInfoBytes, sig);
        return new VerifiedStatement(FMT, AttestationType.ATTCA, x5c);
    }

    /** The AIK's RSA signature over certInfo with SHA-1, through cryptokit's {@code Insecure} namespace. */
    static void verifyRs1(CertificateKey aik, byte[] certInfo, Bytes sig) {
        if (aik.family() != CertificateKey.Family.RSA) {
            throw Statement.invalid(FMT, "alg RS1 with a " + aik.family() + " attestation key");
        }
        try {
            Insecure.RSASignatureSHA1.verify(RSA.Signing.PublicKey.fromPkcs1DerRepresentation(aik.raw().toByteArray()),
                    sig.toByteArray(), certInfo);
        } catch (CryptoKitException e) {
            throw PasskeyException.of(Reason.SIGNATURE_INVALID, FMT + ": the RS1 attestation signature does not verify (" + e.reason() + ")", e);
        }
    }

    static void checkPubAreaKey(PubArea p, CredentialKeyParameters k) {
        boolean same;
        if (p.type() == TpmStructures.TPM_ALG_RSA) {
            byte[] e = p.rsaExponent() == 0 ? DEFAULT_RSA_EXPONENT : CredentialKeyParametersBytes.u32(p.rsaExponent());
            same = k.kty() == CredentialKeyParameters.KTY_RSA && CredentialKeyParameters.sameUnsigned(k.n().toByteArray(), p.unique().toByteArray())
                    && CredentialKeyParameters.sameUnsigned(k.e().toByteArray(), e);
        } else {
            long crv = switch (p.curveId()) {
                case TpmStructures.TPM_ECC_NIST_P256 -> CredentialKeyParameters.CRV_P256;
                case TpmStructures.TPM_ECC_NIST_P384 -> CredentialKeyParameters.CRV_P384;
                case TpmStructures.TPM_ECC_NIST_P521 -> CredentialKeyParameters.CRV_P521;
                default -> -1;
            };
            same = k.kty() == CredentialKeyParameters.KTY_EC2 && k.crv() == crv && k.x().equals(p.unique()) && k.y().equals(p.uniqueY());
        }
        if (!same) {
            throw Statement.invalid(FMT, "the key in pubArea is not the credential public key");
        }
    }

    /** The hash of {@code alg} over {@code data} (the TPM signs extraData = H(attToBeSigned)). */
    static byte[] hashForAlg(long alg, byte[] data) {
        if (alg == COSE_RS1) {
            return Insecure.SHA1.hash(data);
        }
        return switch (CoseAlgorithm.of(alg).orElse(null)) {
            case ES256, RS256, PS256 -> SHA256.hash(data).bytes();
            case ES384 -> SHA384.hash(data).bytes();
            case ES512 -> SHA512.hash(data).bytes();
            case null, default -> throw PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM, FMT + ": alg " + alg + " is not a TPM signature algorithm");
        };
    }

    /** TPM 2.0 Part 1 §16: Name = nameAlg (2 bytes) || H_nameAlg(pubArea). */
    static byte[] name(int nameAlg, byte[] pubArea) {
        byte[] digest = switch (nameAlg) {
            case TpmStructures.TPM_ALG_SHA1 -> Insecure.SHA1.hash(pubArea);
            case TpmStructures.TPM_ALG_SHA256 -> SHA256.hash(pubArea).bytes();
            case TpmStructures.TPM_ALG_SHA384 -> SHA384.hash(pubArea).bytes();
            case TpmStructures.TPM_ALG_SHA512 -> SHA512.hash(pubArea).bytes();
            default -> throw Statement.invalid(FMT, "pubArea.nameAlg 0x" + Integer.toHexString(nameAlg) + " is not a hash algorithm");
        };
        byte[] out = new byte[2 + digest.length];
        out[0] = (byte) (nameAlg >> 8);
        out[1] = (byte) nameAlg;
        System.arraycopy(digest, 0, out, 2, digest.length);
        return out;
    }

    /** §8.3.1: v3, empty subject, subjectAltName with the TPM's directoryName, EKU tcg-kp-AIKCertificate, not a CA. */
    static void checkAikCertificate(Certificate c) {
        if (c.version() != 3) {
            throw Statement.invalid(FMT, "§8.3.1: AIK certificate is X.509 v" + c.version() + ", not v3");
        }
        if (!CertificateFields.subjectEmpty(FMT, c)) {
            throw Statement.invalid(FMT, "§8.3.1: AIK certificate subject is not empty");
        }
        Optional<Extension> san = CertificateFields.extension(c, Extension.subjectAlternativeName.getId());
        if (san.isEmpty() || !CertificateFields.decode(FMT, "subjectAltName", () -> hasTpmDirectoryName(GeneralNames.getInstance(
                CertificateFields.der(FMT, san.get().getExtnValue().getOctets(), "subjectAltName"))))) {
            throw Statement.invalid(FMT, "§8.3.1: AIK certificate subjectAltName lacks the TPM manufacturer, model and version");
        }
        Optional<Extension> eku = CertificateFields.extension(c, Extension.extendedKeyUsage.getId());
        if (eku.isEmpty() || !CertificateFields.decode(FMT, "extKeyUsage", () -> ExtendedKeyUsage.getInstance(
                CertificateFields.der(FMT, eku.get().getExtnValue().getOctets(), "extKeyUsage"))
                .hasKeyPurposeId(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(AIK_CERTIFICATE_EKU))))) {
            throw Statement.invalid(FMT, "§8.3.1: AIK certificate extKeyUsage lacks tcg-kp-AIKCertificate (2.23.133.8.3)");
        }
        if (CertificateFields.isCa(FMT, c)) {
            throw Statement.invalid(FMT, "§8.3.1: AIK certificate has basicConstraints cA true");
        }
    }

    private static boolean hasTpmDirectoryName(GeneralNames names) {
        for (GeneralName n : names.getNames()) {
            if (n.getTagNo() == GeneralName.directoryName) {
                Set<String> types = new HashSet<>();
                for (RDN rdn : X500Name.getInstance(n.getName()).getRDNs()) {
                    for (AttributeTypeAndValue a : rdn.getTypesAndValues()) {
                        types.add(a.getType().getId());
                    }
                }
                if (types.containsAll(Set.of(TPM_MANUFACTURER, TPM_MODEL, TPM_VERSION))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Big-endian encodings for comparisons. */
    static final class CredentialKeyParametersBytes {
        private CredentialKeyParametersBytes() {}

        static byte[] u32(long v) {
            return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
    }
}
