package dev.citadel.corecrypto.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Provider;
import java.security.Security;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import org.junit.jupiter.api.Test;

/**
 * Nimbus JOSE+JWT's own {@code ECDSASigner}/{@code ECDSAVerifier} with the Citadel provider set on their
 * JCA context (no installation): an ES256 JWT round trip, cross-verified with the JDK's SunEC both ways.
 */
class NimbusJwtTest {

    private static final Provider CITADEL = CitadelProvider.instance();
    private static final Provider JDK = Security.getProvider("SunEC");

    @Test
    void es256RoundTripThroughTheProvider() throws Exception {
        KeyPair kp = TestCertificates.p256(CITADEL);
        long before = ecdsaEngines();
        String jwt = sign(kp, CITADEL);
        assertThat(verify(jwt, kp, CITADEL)).isTrue();
        assertThat(ecdsaEngines() - before).as("Nimbus asked the provider for its signature engines").isGreaterThanOrEqualTo(2);
        assertThat(SignedJWT.parse(jwt).getJWTClaimsSet().getSubject()).isEqualTo("citadel");
    }

    @Test
    void citadelSignsTheJdkVerifies() throws Exception {
        KeyPair kp = TestCertificates.p256(CITADEL);
        assertThat(verify(sign(kp, CITADEL), kp, JDK)).isTrue();
    }

    @Test
    void theJdkSignsCitadelVerifies() throws Exception {
        KeyPair kp = TestCertificates.p256(JDK);
        assertThat(verify(sign(kp, JDK), kp, CITADEL)).isTrue();
    }

    @Test
    void aTamperedClaimDoesNotVerify() throws Exception {
        KeyPair kp = TestCertificates.p256(CITADEL);
        String[] parts = sign(kp, CITADEL).split("\\.");
        String forged = parts[0] + "." + com.nimbusds.jose.util.Base64URL.encode(
                "{\"sub\":\"admin\",\"iss\":\"https://citadel.example\"}") + "." + parts[2];
        assertThat(verify(forged, kp, CITADEL)).isFalse();
    }

    private static long ecdsaEngines() {
        return JsseHandshakeTest.instances("Signature", "SHA256withECDSA")
                + JsseHandshakeTest.instances("Signature", "SHA256withECDSAinP1363Format");
    }

    private static String sign(KeyPair kp, Provider provider) throws JOSEException {
        ECDSASigner signer = new ECDSASigner((ECPrivateKey) kp.getPrivate());
        signer.getJCAContext().setProvider(provider);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256),
                new JWTClaimsSet.Builder().subject("citadel").issuer("https://citadel.example").build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static boolean verify(String jwt, KeyPair kp, Provider provider) throws JOSEException, ParseException, GeneralSecurityException {
        ECDSAVerifier verifier = new ECDSAVerifier((ECPublicKey) kp.getPublic());
        verifier.getJCAContext().setProvider(provider);
        return SignedJWT.parse(jwt).verify(verifier);
    }
}
