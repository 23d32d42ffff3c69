package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.attestation.internal.CertificateFields;
import dev.citadel.passkeys.attestation.internal.CertificateKey;
import dev.citadel.passkeys.attestation.internal.CredentialKeyParameters;
import dev.citadel.passkeys.attestation.internal.Statement;
import dev.citadel.trust.Certificate;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.x509.Extension;

/**
 * The {@code android-key} format (WebAuthn L3 §8.4): {@code {alg, sig, x5c}} from Android Keystore key
 * attestation. The leaf certifies the credential key itself; its KeyDescription extension binds the
 * attestation challenge to clientDataHash and states how the key was made and may be used.
 *
 * <p>origin and purpose, where an authorization list states them, must be exactly KM_ORIGIN_GENERATED and
 * KM_PURPOSE_SIGN; lists that state neither (as the W3C test vector's empty lists) pass those two checks —
 * Android Keystore itself always states both.
 */
final class AndroidKeyFormat implements AttestationStatementFormat {

    static final String FMT = "android-key";
    /** The Android key attestation extension (KeyDescription). */
    static final String KEY_DESCRIPTION_OID = "1.3.6.1.4.1.11129.2.1.17";
    /** AuthorizationList tags (Android Keystore attestation schema). */
    static final int TAG_PURPOSE = 1;
    static final int TAG_ALL_APPLICATIONS = 600;
    static final int TAG_ORIGIN = 702;
    /** KM_ORIGIN_GENERATED: the key was generated in the keystore. */
    static final long KM_ORIGIN_GENERATED = 0;
    /** KM_PURPOSE_SIGN. */
    static final long KM_PURPOSE_SIGN = 2;
    /** KeyDescription field positions. */
    static final int ATTESTATION_CHALLENGE = 4;
    static final int SOFTWARE_ENFORCED = 6;
    static final int TEE_ENFORCED = 7;

    private final boolean teeEnforcedOnly;

    /** Uses the union of teeEnforced and softwareEnforced for origin and purpose (§8.4). */
    AndroidKeyFormat() {
        this(false);
    }

    /** With {@code teeEnforcedOnly}, origin and purpose count only when the TEE enforces them. */
    AndroidKeyFormat(boolean teeEnforcedOnly) {
        this.teeEnforcedOnly = teeEnforcedOnly;
    }

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        // Step 1: attStmt is valid CBOR conforming to the syntax.
        Statement st = Statement.of(FMT, input.attStmt(), Set.of("alg", "sig", "x5c"));
        CoseAlgorithm alg = st.alg();
        Bytes sig = st.bytes("sig");
        List<Certificate> x5c = st.x5c().orElseThrow(() -> Statement.malformed(FMT, "member x5c is missing"));
        Certificate credCert = x5c.getFirst();
        CertificateKey key = CertificateKey.of(FMT, credCert);
        // Step 2: sig is a valid signature over authenticatorData || clientDataHash by the first certificate's key with alg.
        key.verify(FMT, alg, PackedFormat.signedData(input), sig);
        // Step 3: the first certificate's public key is the credential public key.
        AttestedCredentialData credential = input.authData().attestedCredentialData().orElseThrow();
        if (!CredentialKeyParameters.of(credential).sameAs(key)) {
            throw Statement.invalid(FMT, "the attestation certificate's key is not the credential public key");
        }
        CertificateFields.decode(FMT, "KeyDescription", () -> {
            checkKeyDescription(keyDescription(credCert), input);
            return null;
        });
        return new VerifiedStatement(FMT, AttestationType.BASIC, x5c);
    }

    private void checkKeyDescription(ASN1Sequence description, AttestationInput input) {
        // Step 4: attestationChallenge is clientDataHash.
        if (!(description.getObjectAt(ATTESTATION_CHALLENGE) instanceof ASN1OctetString challenge)
                || !input.clientDataHash().contentEquals(challenge.getOctets())) {
            throw Statement.invalid(FMT, "KeyDescription.attestationChallenge is not clientDataHash");
        }
        ASN1Sequence software = authorizationList(description, SOFTWARE_ENFORCED);
        ASN1Sequence tee = authorizationList(description, TEE_ENFORCED);
        // Step 5: allApplications is absent from both authorization lists (the key is scoped to the RP ID).
        if (tagged(software, TAG_ALL_APPLICATIONS).isPresent() || tagged(tee, TAG_ALL_APPLICATIONS).isPresent()) {
            throw Statement.invalid(FMT, "AuthorizationList.allApplications is present");
        }
        List<ASN1Sequence> lists = teeEnforcedOnly ? List.of(tee) : List.of(tee, software);
        // Step 5: origin is KM_ORIGIN_GENERATED.
        Set<Long> origins = new HashSet<>();
        for (ASN1Sequence l : lists) {
            tagged(l, TAG_ORIGIN).ifPresent(o -> origins.add(integer(o)));
        }
        if (!origins.isEmpty() && !origins.equals(Set.of(KM_ORIGIN_GENERATED))) {
            throw Statement.invalid(FMT, "AuthorizationList.origin is " + origins + ", not KM_ORIGIN_GENERATED"
                    + (teeEnforcedOnly ? " in teeEnforced" : ""));
        }
        // Step 5: purpose is KM_PURPOSE_SIGN.
        Set<Long> purposes = new HashSet<>();
        for (ASN1Sequence l : lists) {
            tagged(l, TAG_PURPOSE).ifPresent(p -> {
                if (!(p instanceof ASN1Set set)) {
                    throw Statement.invalid(FMT, "AuthorizationList.purpose is not a SET OF INTEGER");
                }
                set.forEach(v -> purposes.add(integer(v)));
            });
        }
        if (!purposes.isEmpty() && !purposes.equals(Set.of(KM_PURPOSE_SIGN))) {
            throw Statement.invalid(FMT, "AuthorizationList.purpose is " + purposes + ", not KM_PURPOSE_SIGN"
                    + (teeEnforcedOnly ? " in teeEnforced" : ""));
        }
    }

    private static ASN1Sequence keyDescription(Certificate c) {
        Optional<Extension> ext = CertificateFields.extension(c, KEY_DESCRIPTION_OID);
        if (ext.isEmpty()) {
            throw Statement.invalid(FMT, "the attestation certificate has no KeyDescription extension");
        }
        ASN1Primitive v = CertificateFields.der(FMT, ext.get().getExtnValue().getOctets(), "KeyDescription");
        if (!(v instanceof ASN1Sequence seq) || seq.size() < TEE_ENFORCED + 1) {
            throw Statement.malformed(FMT, "KeyDescription is not a SEQUENCE of at least 8 fields");
        }
        return seq;
    }

    private static ASN1Sequence authorizationList(ASN1Sequence description, int index) {
        if (!(description.getObjectAt(index) instanceof ASN1Sequence list)) {
            throw Statement.malformed(FMT, "KeyDescription field " + index + " is not an AuthorizationList");
        }
        return list;
    }

    /** The value of [tag] EXPLICIT in an AuthorizationList. */
    private static Optional<ASN1Primitive> tagged(ASN1Sequence list, int tag) {
        for (ASN1Encodable e : list) {
            if (e instanceof ASN1TaggedObject t && t.getTagClass() == BERTags.CONTEXT_SPECIFIC && t.getTagNo() == tag) {
                if (!t.isExplicit()) {
                    throw Statement.malformed(FMT, "AuthorizationList tag " + tag + " is not EXPLICIT");
                }
                return Optional.of(t.getBaseObject().toASN1Primitive());
            }
        }
        return Optional.empty();
    }

    private static long integer(ASN1Encodable v) {
        if (!(v instanceof ASN1Integer i)) {
            throw Statement.malformed(FMT, "an AuthorizationList value is not an INTEGER");
        }
        BigInteger b = i.getValue();
        if (b.bitLength() > 62) {
            throw Statement.malformed(FMT, "an AuthorizationList INTEGER is out of range");
        }
        return b.longValue();
    }
}
