package dev.citadel.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.P256;
import dev.citadel.trust.internal.SignatureCheck.Failure;
import dev.citadel.trust.internal.SignatureCheck.SignatureFailure;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;

/**
 * Each refusal of the trust module's one signature check, with the reason it must give. The weak-algorithm
 * and weak-key cases are the ones an attacker profits from: a SHA-1 or MD5 signature can be forged by
 * collision, and a 1,024-bit RSA key factored, so neither may ever reach the arithmetic.
 */
class SignatureCheckTest {

    static final byte[] DATA = "to be signed".getBytes(StandardCharsets.UTF_8);
    static final P256.Signing.PrivateKey KEY = P256.Signing.PrivateKey.generate();
    static final SignatureCheck.PublicKey EC_KEY =
            SignatureCheck.parseKey(SignatureCheck.parseSpki(KEY.publicKey().derRepresentation()));
    static final AlgorithmIdentifier ECDSA_SHA256 = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);

    static Failure failureOf(Runnable r) {
        try {
            r.run();
        } catch (SignatureFailure e) {
            return e.failure();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aGoodEcdsaSignatureVerifiesAndATamperedOneDoesNot() {
        byte[] sig = KEY.signature(DATA).derRepresentation();
        assertThat(SignatureCheck.verify(ECDSA_SHA256, EC_KEY, DATA, sig).algorithm()).isNotBlank();
        byte[] tampered = DATA.clone();
        tampered[0] ^= 1;
        assertThat(failureOf(() -> SignatureCheck.verify(ECDSA_SHA256, EC_KEY, tampered, sig))).isEqualTo(Failure.INVALID_SIGNATURE);
    }

    @Test
    void sha1AndMd5SignaturesAreWeakBeforeAnyArithmetic() {
        byte[] sig = KEY.signature(DATA).derRepresentation();
        for (ASN1ObjectIdentifier weak : new ASN1ObjectIdentifier[] {X9ObjectIdentifiers.ecdsa_with_SHA1,
                PKCSObjectIdentifiers.sha1WithRSAEncryption, PKCSObjectIdentifiers.md5WithRSAEncryption}) {
            assertThat(failureOf(() -> SignatureCheck.verify(new AlgorithmIdentifier(weak), EC_KEY, DATA, sig)))
                    .as(weak.getId()).isEqualTo(Failure.WEAK_ALGORITHM);
        }
    }

    @Test
    void rsaBelow2048BitsIsAWeakKey() throws Exception {
        BigInteger modulus = BigInteger.ONE.shiftLeft(1023).setBit(0).add(BigInteger.valueOf(1_000_000_006L));
        SubjectPublicKeyInfo spki = new SubjectPublicKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new RSAPublicKey(modulus, BigInteger.valueOf(65_537)));
        assertThat(failureOf(() -> SignatureCheck.parseKey(spki))).isEqualTo(Failure.WEAK_KEY);
    }

    @Test
    void anRsaAlgorithmWithAnEcKeyIsAMismatch() {
        byte[] sig = KEY.signature(DATA).derRepresentation();
        AlgorithmIdentifier rsa = new AlgorithmIdentifier(PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE);
        assertThat(failureOf(() -> SignatureCheck.verify(rsa, EC_KEY, DATA, sig))).isEqualTo(Failure.ALGORITHM_KEY_MISMATCH);
    }

    @Test
    void ecdsaWithParametersIsMalformed() {
        byte[] sig = KEY.signature(DATA).derRepresentation();
        AlgorithmIdentifier withParams = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256, DERNull.INSTANCE);
        assertThat(failureOf(() -> SignatureCheck.verify(withParams, EC_KEY, DATA, sig))).isEqualTo(Failure.MALFORMED_ALGORITHM);
    }

    @Test
    void pssWithASaltOtherThanTheHashLengthIsUnsupported() {
        AlgorithmIdentifier sha256 = new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE);
        RSASSAPSSparams params = new RSASSAPSSparams(sha256, new AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, sha256),
                new ASN1Integer(20), new ASN1Integer(1));
        AlgorithmIdentifier pss = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, params);
        assertThat(failureOf(() -> SignatureCheck.keyAlgorithm(pss, SignatureCheck.KeyFamily.RSA))).isEqualTo(Failure.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void anSpkiWithTrailingBytesIsMalformed() {
        byte[] der = KEY.publicKey().derRepresentation();
        byte[] trailing = java.util.Arrays.copyOf(der, der.length + 1);
        assertThatThrownBy(() -> SignatureCheck.parseSpki(trailing)).isInstanceOfSatisfying(SignatureFailure.class,
                e -> assertThat(e.failure()).isEqualTo(Failure.MALFORMED_KEY));
    }
}
