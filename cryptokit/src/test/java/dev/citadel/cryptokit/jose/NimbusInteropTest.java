package dev.citadel.cryptokit.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Nimbus's own default signers and verifiers accept ours, and ours accept theirs. */
class NimbusInteropTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"ES256,EC_P256", "ES384,EC_P384", "ES512,EC_P521", "PS256,RSA_2048", "RS256,RSA_2048", "EdDSA,ED25519", "Ed25519,ED25519"})
    void oursSignNimbusVerifies(String alg, KeyType type) throws Exception {
        try (SecKey key = SecKeys.createRandomKey(type, false)) {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.parse(alg)), new Payload("{\"sub\":\"citadel\"}"));
            jws.sign(new CryptoKitJwsSigner(key));
            JWSObject parsed = JWSObject.parse(jws.serialize());
            assertThat(parsed.verify(nimbusVerifier(key.copyPublicKey()))).isTrue();
            assertThat(parsed.verify(new CryptoKitJwsVerifier(key))).isTrue();
            JWSObject tampered = new JWSObject(parsed.getHeader().toBase64URL(), new Payload("{\"sub\":\"mallory\"}"), parsed.getSignature());
            assertThat(tampered.verify(nimbusVerifier(key.copyPublicKey()))).isFalse();
            assertThat(tampered.verify(new CryptoKitJwsVerifier(key))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ES256", "ES384", "ES512", "PS256", "EdDSA"})
    void nimbusSignsOursVerifies(String alg) throws Exception {
        JWSAlgorithm a = JWSAlgorithm.parse(alg);
        NimbusKey theirs = NimbusKey.generate(a);
        SignedJWT jwt = new SignedJWT(new JWSHeader(a), new JWTClaimsSet.Builder().subject("citadel").issuer("nimbus").build());
        jwt.sign(theirs.signer());
        SignedJWT parsed = SignedJWT.parse(jwt.serialize());
        try (SecKey pub = theirs.asSecKeyPublic()) {
            assertThat(parsed.verify(new CryptoKitJwsVerifier(pub))).isTrue();
            assertThat(parsed.getJWTClaimsSet().getSubject()).isEqualTo("citadel");
        }
    }

    @Test
    void algorithmConfusionIsRefused() throws Exception {
        try (SecKey p256 = SecKeys.createRandomKey(KeyType.EC_P256, false); SecKey rsa = SecKeys.createRandomKey(KeyType.RSA_2048, false)) {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.ES384), new Payload("x"));
            assertThatThrownBy(() -> jws.sign(new CryptoKitJwsSigner(p256))).isInstanceOf(JOSEException.class);
            JWSObject es256 = new JWSObject(new JWSHeader(JWSAlgorithm.ES256), new Payload("x"));
            es256.sign(new CryptoKitJwsSigner(p256));
            JWSObject asRsa = JWSObject.parse(es256.serialize());
            assertThatThrownBy(() -> asRsa.verify(new CryptoKitJwsVerifier(rsa))).isInstanceOf(JOSEException.class);
            JWSObject wrongLength = new JWSObject(es256.getHeader().toBase64URL(), es256.getPayload(),
                    Base64URL.encode(Arrays.copyOf(es256.getSignature().decode(), 65)));
            assertThat(wrongLength.verify(new CryptoKitJwsVerifier(p256))).isFalse();
        }
    }

    private static JWSVerifier nimbusVerifier(SecKey pub) throws Exception {
        byte[] ext = pub.copyExternalRepresentation();
        return switch (pub.keyType()) {
            case EC_P256, EC_P384, EC_P521 -> {
                int l = (ext.length - 1) / 2;
                Curve c = pub.keyType() == KeyType.EC_P256 ? Curve.P_256 : pub.keyType() == KeyType.EC_P384 ? Curve.P_384 : Curve.P_521;
                yield new ECDSAVerifier(new ECKey.Builder(c, Base64URL.encode(Arrays.copyOfRange(ext, 1, 1 + l)),
                        Base64URL.encode(Arrays.copyOfRange(ext, 1 + l, ext.length))).build());
            }
            case RSA_2048, RSA_3072, RSA_4096 -> {
                org.bouncycastle.asn1.pkcs.RSAPublicKey k = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(ext);
                yield new RSASSAVerifier(new RSAKey.Builder(Base64URL.encode(k.getModulus()), Base64URL.encode(k.getPublicExponent())).build());
            }
            case ED25519 -> new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(ext)).build());
            case X25519 -> throw new IllegalArgumentException();
        };
    }

    /** A key Nimbus generated, and its import into cryptokit through the SecKey external representations. */
    private record NimbusKey(JWSAlgorithm alg, ECKey ec, RSAKey rsa, OctetKeyPair okp) {

        static NimbusKey generate(JWSAlgorithm alg) throws JOSEException {
            if (alg.getName().startsWith("ES")) {
                Curve c = alg.equals(JWSAlgorithm.ES256) ? Curve.P_256 : alg.equals(JWSAlgorithm.ES384) ? Curve.P_384 : Curve.P_521;
                return new NimbusKey(alg, new ECKeyGenerator(c).generate(), null, null);
            }
            if (alg.equals(JWSAlgorithm.PS256)) {
                return new NimbusKey(alg, null, new RSAKeyGenerator(2048).generate(), null);
            }
            return new NimbusKey(alg, null, null, new OctetKeyPairGenerator(Curve.Ed25519).generate());
        }

        JWSSigner signer() throws JOSEException {
            return ec != null ? new ECDSASigner(ec) : rsa != null ? new RSASSASigner(rsa) : new Ed25519Signer(okp);
        }

        SecKey asSecKeyPublic() throws JOSEException {
            if (ec != null) {
                KeyType t = ec.getCurve().equals(Curve.P_256) ? KeyType.EC_P256 : ec.getCurve().equals(Curve.P_384) ? KeyType.EC_P384 : KeyType.EC_P521;
                int l = t == KeyType.EC_P256 ? 32 : t == KeyType.EC_P384 ? 48 : 66;
                byte[] x963 = new byte[1 + 2 * l];
                x963[0] = 4;
                put(ec.getX().decodeToBigInteger(), x963, 1, l);
                put(ec.getY().decodeToBigInteger(), x963, 1 + l, l);
                byte[] priv = Arrays.copyOf(x963, 1 + 3 * l);
                put(ec.getD().decodeToBigInteger(), priv, 1 + 2 * l, l);
                try (SecKey sk = SecKeys.createPrivateKey(t, priv, false, SecretAccess.insecure())) {
                    assertThat(sk.copyPublicKey().copyExternalRepresentation()).isEqualTo(x963);
                }
                return SecKeys.createPublicKey(t, x963);
            }
            if (rsa != null) {
                return SecKeys.createPublicKey(KeyType.RSA_2048, pkcs1(rsa.getModulus().decodeToBigInteger(), rsa.getPublicExponent().decodeToBigInteger()));
            }
            try (SecKey sk = SecKeys.createPrivateKey(KeyType.ED25519, okp.getD().decode(), false, SecretAccess.insecure())) {
                assertThat(sk.copyPublicKey().copyExternalRepresentation()).isEqualTo(okp.getX().decode());
            }
            return SecKeys.createPublicKey(KeyType.ED25519, okp.getX().decode());
        }

        private static byte[] pkcs1(BigInteger n, BigInteger e) {
            try {
                return new org.bouncycastle.asn1.pkcs.RSAPublicKey(n, e).getEncoded("DER");
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        private static void put(BigInteger v, byte[] out, int off, int len) {
            byte[] b = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(len, v);
            System.arraycopy(b, 0, out, off, len);
        }
    }
}
