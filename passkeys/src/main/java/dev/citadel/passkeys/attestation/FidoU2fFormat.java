package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.CredentialKeyParameters;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.trust.Certificate;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

/**
 * The {@code fido-u2f} format (WebAuthn L3 §8.6): {@code {sig, x5c}} from a U2F authenticator. The
 * signature covers the U2F registration's verification data, built from the authenticator data.
 */
final class FidoU2fFormat implements AttestationStatementFormat {

    static final String FMT = "fido-u2f";
    /** The U2F public key: an uncompressed P-256 point, 65 bytes. */
    static final int U2F_PUBLIC_KEY_LENGTH = 65;
    /** The coordinate length of P-256. */
    static final int P256_COORDINATE_LENGTH = 32;

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("sig", "x5c"));
        Bytes sig = st.bytes("sig");
        List<Certificate> x5c = st.x5c().orElseThrow(() -> Statement.malformed(FMT, "member x5c is missing"));
        // Step 2: x5c has exactly one element; its key is an EC public key over P-256.
        if (x5c.size() != 1) {
            throw Statement.invalid(FMT, "x5c holds " + x5c.size() + " certificates; exactly one is required");
        }
        CertificateKey attCertKey = CertificateKey.of(FMT, x5c.getFirst());
        if (attCertKey.type() != KeyType.EC_P256) {
            throw Statement.invalid(FMT, "the attestation certificate's key is not an EC P-256 key");
        }
        // Step 3: rpIdHash, credentialId and credentialPublicKey come from authenticatorData.
        AttestedCredentialData credential = input.authData().attestedCredentialData().orElseThrow();
        // Step 4: the credential public key in U2F format: 0x04 || x || y (an ES256 P-256 key only).
        byte[] publicKeyU2F = u2fPublicKey(credential);
        // Step 5: verificationData = 0x00 || rpIdHash || clientDataHash || credentialId || publicKeyU2F.
        ByteArrayOutputStream verificationData = new ByteArrayOutputStream();
        verificationData.write(0x00);
        verificationData.writeBytes(input.authData().rpIdHash().toByteArray());
        verificationData.writeBytes(input.clientDataHash().toByteArray());
        verificationData.writeBytes(credential.credentialId().toByteArray());
        verificationData.writeBytes(publicKeyU2F);
        // Step 6: sig verifies over verificationData with the certificate key (ECDSA P-256 SHA-256).
        attCertKey.verify(FMT, CoseAlgorithm.ES256, verificationData.toByteArray(), sig);
        // Step 7–8: attestation type Basic or AttCA (not distinguishable here); trust path x5c.
        return new VerifiedStatement(FMT, AttestationType.BASIC, x5c);
    }

    static byte[] u2fPublicKey(AttestedCredentialData credential) {
        CredentialKeyParameters p = CredentialKeyParameters.of(credential);
        if (credential.credentialPublicKey().algorithm() != CoseAlgorithm.ES256 || p.kty() != CredentialKeyParameters.KTY_EC2
                || p.crv() != CredentialKeyParameters.CRV_P256 || p.x().size() != P256_COORDINATE_LENGTH
                || p.y().size() != P256_COORDINATE_LENGTH) {
            throw Statement.invalid(FMT, "the credential public key is not an ES256 P-256 key, which U2F requires");
        }
        byte[] point = p.uncompressedPoint();
        if (point.length != U2F_PUBLIC_KEY_LENGTH) {
            throw Statement.invalid(FMT, "publicKeyU2F is not " + U2F_PUBLIC_KEY_LENGTH + " bytes");
        }
        return point;
    }
}
