package dev.citadel.bench;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pq.MlDsaParameterSet;
import dev.citadel.corecrypto.pq.MlDsaPrivateKey;
import dev.citadel.corecrypto.pq.MlDsaPublicKey;
import dev.citadel.corecrypto.pq.MlKemParameterSet;
import dev.citadel.corecrypto.pq.MlKemPrivateKey;
import dev.citadel.corecrypto.pq.MlKemPublicKey;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.concurrent.TimeUnit;
import javax.crypto.KEM;
import javax.crypto.KeyAgreement;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.SecretWithEncapsulation;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.agreement.X25519Agreement;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.Ed25519KeyPairGenerator;
import org.bouncycastle.crypto.generators.X25519KeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519KeyGenerationParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.X25519KeyGenerationParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.params.MLDSAKeyGenerationParameters;
import org.bouncycastle.crypto.generators.MLDSAKeyPairGenerator;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.kems.MLKEMExtractor;
import org.bouncycastle.crypto.kems.MLKEMGenerator;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Public-key operations per second, single thread: Citadel (corecrypto) vs the JDK's raw JCA vs
 * BouncyCastle's lightweight classes vs ACCP where it offers the algorithm. Method names are
 * {@code <operation>_<engine>}. Signing hashes a 32-byte message with SHA-256 where the scheme hashes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AsymmetricBenchmark {

    final byte[] message = new byte[32];
    final SecureRandom random = new SecureRandom();
    Provider accp;

    EcdsaPrivateKey p256;
    EcdsaPublicKey p256Public;
    byte[] p256Signature;
    KeyPair jdkP256;
    byte[] jdkP256Signature;
    ECDomainParameters bcP256;
    AsymmetricCipherKeyPair bcP256Keys;
    java.math.BigInteger[] bcP256Signature;
    byte[] bcDigest;
    /** BouncyCastle's P-256-specific field arithmetic (SecP256R1Curve), its fastest P-256. */
    AsymmetricCipherKeyPair bcCustomP256Keys;
    ECKeyPairGenerator bcCustomP256Generator;
    /** Encoded public keys, parsed afresh per call by the *VerifyFreshKey benchmarks. */
    byte[] p256X963;
    byte[] jdkP256Spki;
    byte[] bcCustomP256X963;
    byte[] p256Compressed;
    byte[] bcCustomP256Compressed;
    ECDomainParameters bcCustomP256Domain;
    KeyPairGenerator jdkP256Generator;
    KeyPairGenerator accpP256Generator;
    java.math.BigInteger[] bcCustomP256Signature;

    EcdsaPrivateKey p384;
    EcdsaPublicKey p384Public;
    byte[] p384Signature;
    KeyPair jdkP384;
    byte[] jdkP384Signature;
    KeyPairGenerator jdkP384Generator;
    EcdhPrivateKey ecdh384;
    EcdhPrivateKey ecdh384Peer;
    KeyPair jdkEcdh384Peer;
    /** BouncyCastle's P-384-specific field arithmetic (SecP384R1Curve). */
    AsymmetricCipherKeyPair bcCustomP384Keys;
    java.math.BigInteger[] bcCustomP384Signature;
    ECKeyPairGenerator bcCustomP384Generator;

    EdDsaPrivateKey ed25519;
    EdDsaPublicKey ed25519Public;
    byte[] ed25519Signature;
    KeyPair jdkEd25519;
    byte[] jdkEd25519Signature;
    AsymmetricCipherKeyPair bcEd25519;
    byte[] bcEd25519Signature;

    XdhPrivateKey x25519;
    XdhPrivateKey x25519Peer;
    KeyPair jdkX25519;
    KeyPair jdkX25519Peer;
    AsymmetricCipherKeyPair bcX25519;
    AsymmetricCipherKeyPair bcX25519Peer;

    EcdhPrivateKey ecdh;
    EcdhPrivateKey ecdhPeer;
    KeyPair jdkEcdh;
    KeyPair jdkEcdhPeer;

    MlKemPrivateKey mlkem;
    MlKemPublicKey mlkemPublic;
    byte[] mlkemCiphertext;
    KeyPair jdkMlkem;
    byte[] jdkMlkemCiphertext;
    AsymmetricCipherKeyPair bcMlkem;
    byte[] bcMlkemCiphertext;

    MlDsaPrivateKey mldsa;
    MlDsaPublicKey mldsaPublic;
    byte[] mldsaSignature;
    KeyPair jdkMldsa;
    byte[] jdkMldsaSignature;
    AsymmetricCipherKeyPair bcMldsa;
    byte[] bcMldsaSignature;

    @Setup
    public void setup() throws Exception {
        random.nextBytes(message);
        try {
            accp = Anchors.accp();
        } catch (IllegalStateException e) {
            accp = null;
        }
        p256 = EcdsaPrivateKey.generate(EcCurve.P_256);
        p256Public = p256.publicKey();
        p256Signature = p256.sign(message, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        jdkP256 = ec.generateKeyPair();
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(jdkP256.getPrivate());
        s.update(message);
        jdkP256Signature = s.sign();
        X9ECParameters x9 = ECNamedCurveTable.getByName("secp256r1");
        bcP256 = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        ECKeyPairGenerator bcEc = new ECKeyPairGenerator();
        bcEc.init(new ECKeyGenerationParameters(bcP256, random));
        bcP256Keys = bcEc.generateKeyPair();
        bcDigest = sha256(message);
        bcP256Signature = ecdsa_sign_bouncyCastleRaw();
        X9ECParameters custom = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("secp256r1");
        ECKeyPairGenerator bcCustom = new ECKeyPairGenerator();
        bcCustom.init(new ECKeyGenerationParameters(new ECDomainParameters(custom.getCurve(), custom.getG(), custom.getN(), custom.getH()), random));
        bcCustomP256Keys = bcCustom.generateKeyPair();
        bcCustomP256Generator = bcCustom;
        bcCustomP256Domain = new ECDomainParameters(custom.getCurve(), custom.getG(), custom.getN(), custom.getH());
        bcCustomP256X963 = ((ECPublicKeyParameters) bcCustomP256Keys.getPublic()).getQ().getEncoded(false);
        p256X963 = p256Public.point().x963();
        p256Compressed = p256Public.point().compressed();
        bcCustomP256Compressed = ((ECPublicKeyParameters) bcCustomP256Keys.getPublic()).getQ().getEncoded(true);
        jdkP256Spki = jdkP256.getPublic().getEncoded();
        jdkP256Generator = ec;
        if (accp != null) {
            accpP256Generator = KeyPairGenerator.getInstance("EC", accp);
            accpP256Generator.initialize(new ECGenParameterSpec("secp256r1"));
        }
        bcCustomP256Signature = ecdsaP256Sign_bouncyCastleCustom();

        p384 = EcdsaPrivateKey.generate(EcCurve.P_384);
        p384Public = p384.publicKey();
        p384Signature = p384.sign(message, SignatureHash.SHA_384, EcdsaSignatureEncoding.DER);
        jdkP384Generator = KeyPairGenerator.getInstance("EC");
        jdkP384Generator.initialize(new ECGenParameterSpec("secp384r1"));
        jdkP384 = jdkP384Generator.generateKeyPair();
        jdkEcdh384Peer = jdkP384Generator.generateKeyPair();
        Signature s384 = Signature.getInstance("SHA384withECDSA");
        s384.initSign(jdkP384.getPrivate());
        s384.update(message);
        jdkP384Signature = s384.sign();
        ecdh384 = EcdhPrivateKey.generate(EcCurve.P_384);
        ecdh384Peer = EcdhPrivateKey.generate(EcCurve.P_384);
        X9ECParameters custom384 = org.bouncycastle.crypto.ec.CustomNamedCurves.getByName("secp384r1");
        bcCustomP384Generator = new ECKeyPairGenerator();
        bcCustomP384Generator.init(new ECKeyGenerationParameters(new ECDomainParameters(custom384.getCurve(), custom384.getG(),
                custom384.getN(), custom384.getH()), random));
        bcCustomP384Keys = bcCustomP384Generator.generateKeyPair();
        bcCustomP384Signature = ecdsaP384Sign_bouncyCastleCustom();

        ed25519 = EdDsaPrivateKey.generate(EdDsaAlgorithm.ED25519);
        ed25519Public = ed25519.publicKey();
        ed25519Signature = ed25519.sign(message);
        jdkEd25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(jdkEd25519.getPrivate());
        ed.update(message);
        jdkEd25519Signature = ed.sign();
        Ed25519KeyPairGenerator bcEd = new Ed25519KeyPairGenerator();
        bcEd.init(new Ed25519KeyGenerationParameters(random));
        bcEd25519 = bcEd.generateKeyPair();
        bcEd25519Signature = ed25519_sign_bouncyCastle();

        x25519 = XdhPrivateKey.generate(XdhAlgorithm.X25519);
        x25519Peer = XdhPrivateKey.generate(XdhAlgorithm.X25519);
        KeyPairGenerator xdh = KeyPairGenerator.getInstance("X25519");
        jdkX25519 = xdh.generateKeyPair();
        jdkX25519Peer = xdh.generateKeyPair();
        X25519KeyPairGenerator bcX = new X25519KeyPairGenerator();
        bcX.init(new X25519KeyGenerationParameters(random));
        bcX25519 = bcX.generateKeyPair();
        bcX25519Peer = bcX.generateKeyPair();

        ecdh = EcdhPrivateKey.generate(EcCurve.P_256);
        ecdhPeer = EcdhPrivateKey.generate(EcCurve.P_256);
        jdkEcdh = ec.generateKeyPair();
        jdkEcdhPeer = ec.generateKeyPair();

        mlkem = MlKemPrivateKey.generate(MlKemParameterSet.ML_KEM_768);
        mlkemPublic = mlkem.publicKey();
        try (var e = mlkemPublic.encapsulate()) {
            mlkemCiphertext = e.ciphertext();
        }
        jdkMlkem = KeyPairGenerator.getInstance("ML-KEM-768").generateKeyPair();
        jdkMlkemCiphertext = KEM.getInstance("ML-KEM").newEncapsulator(jdkMlkem.getPublic()).encapsulate().encapsulation();
        MLKEMKeyPairGenerator bcKem = new MLKEMKeyPairGenerator();
        bcKem.init(new MLKEMKeyGenerationParameters(random, MLKEMParameters.ml_kem_768));
        bcMlkem = bcKem.generateKeyPair();
        bcMlkemCiphertext = new MLKEMGenerator(random).generateEncapsulated(bcMlkem.getPublic()).getEncapsulation();

        mldsa = MlDsaPrivateKey.generate(MlDsaParameterSet.ML_DSA_65);
        mldsaPublic = mldsa.publicKey();
        mldsaSignature = mldsa.sign(message);
        jdkMldsa = KeyPairGenerator.getInstance("ML-DSA-65").generateKeyPair();
        Signature md = Signature.getInstance("ML-DSA");
        md.initSign(jdkMldsa.getPrivate());
        md.update(message);
        jdkMldsaSignature = md.sign();
        MLDSAKeyPairGenerator bcDsa = new MLDSAKeyPairGenerator();
        bcDsa.init(new MLDSAKeyGenerationParameters(random, MLDSAParameters.ml_dsa_65));
        bcMldsa = bcDsa.generateKeyPair();
        bcMldsaSignature = mldsa_sign_bouncyCastle();
    }

    private static byte[] sha256(byte[] in) {
        SHA256Digest d = new SHA256Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }

    private Provider accp() {
        if (accp == null) {
            throw new IllegalStateException("ACCP does not load on this machine");
        }
        return accp;
    }

    // ECDSA P-256 with SHA-256

    @Benchmark
    public byte[] ecdsaP256Sign_citadel() {
        return p256.sign(message, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public byte[] ecdsaP256Sign_jdk() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(jdkP256.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public byte[] ecdsaP256Sign_accp() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA", accp());
        s.initSign(jdkP256.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public java.math.BigInteger[] ecdsaP256Sign_bouncyCastle() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(bcP256Keys.getPrivate(), random));
        return signer.generateSignature(sha256(message));
    }

    private java.math.BigInteger[] ecdsa_sign_bouncyCastleRaw() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom((ECPrivateKeyParameters) bcP256Keys.getPrivate(), random));
        return signer.generateSignature(bcDigest);
    }

    @Benchmark
    public java.math.BigInteger[] ecdsaP256Sign_bouncyCastleCustom() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(bcCustomP256Keys.getPrivate(), random));
        return signer.generateSignature(sha256(message));
    }

    @Benchmark
    public void ecdsaP256Verify_citadel() {
        p256Public.verify(message, p256Signature, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public boolean ecdsaP256Verify_jdk() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initVerify(jdkP256.getPublic());
        s.update(message);
        return check(s.verify(jdkP256Signature));
    }

    @Benchmark
    public boolean ecdsaP256Verify_accp() throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSA", accp());
        s.initVerify(jdkP256.getPublic());
        s.update(message);
        return check(s.verify(jdkP256Signature));
    }

    @Benchmark
    public boolean ecdsaP256Verify_bouncyCastle() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, (ECPublicKeyParameters) bcP256Keys.getPublic());
        return check(signer.verifySignature(sha256(message), bcP256Signature[0], bcP256Signature[1]));
    }

    @Benchmark
    public boolean ecdsaP256Verify_bouncyCastleCustom() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, (ECPublicKeyParameters) bcCustomP256Keys.getPublic());
        return check(signer.verifySignature(sha256(message), bcCustomP256Signature[0], bcCustomP256Signature[1]));
    }

    // P-256 key generation. Citadel's public API runs a pairwise consistency test before it returns a key
    // (standard mode: d·G recomputed, SP 800-56A §5.6.2.1.4; the FIPS approved mode adds a signature and its
    // verification for ECDSA keys, IG 10.3.A — not measured here); the JDK, BouncyCastle and ACCP generators
    // run none.

    @Benchmark
    public Object ecdsaP256KeyGen_citadel() {
        return EcdsaPrivateKey.generate(EcCurve.P_256);
    }

    @Benchmark
    public KeyPair ecdsaP256KeyGen_jdk() {
        return jdkP256Generator.generateKeyPair();
    }

    @Benchmark
    public KeyPair ecdsaP256KeyGen_accp() {
        if (accpP256Generator == null) {
            throw new IllegalStateException("ACCP does not load on this machine");
        }
        return accpP256Generator.generateKeyPair();
    }

    @Benchmark
    public AsymmetricCipherKeyPair ecdsaP256KeyGen_bouncyCastleCustom() {
        return bcCustomP256Generator.generateKeyPair();
    }

    @Benchmark
    public Object ecdhP256KeyGen_citadel() {
        return EcdhPrivateKey.generate(EcCurve.P_256);
    }

    @Benchmark
    public KeyPair ecdhP256KeyGen_jdk() {
        return jdkP256Generator.generateKeyPair();
    }

    @Benchmark
    public AsymmetricCipherKeyPair ecdhP256KeyGen_bouncyCastleCustom() {
        return bcCustomP256Generator.generateKeyPair();
    }

    // ECDSA P-384 with SHA-384, ECDH P-384, key generation (Citadel's with its pairwise consistency test)

    @Benchmark
    public byte[] ecdsaP384Sign_citadel() {
        return p384.sign(message, SignatureHash.SHA_384, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public byte[] ecdsaP384Sign_jdk() throws Exception {
        Signature s = Signature.getInstance("SHA384withECDSA");
        s.initSign(jdkP384.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public java.math.BigInteger[] ecdsaP384Sign_bouncyCastleCustom() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(true, new ParametersWithRandom(bcCustomP384Keys.getPrivate(), random));
        return signer.generateSignature(sha384(message));
    }

    @Benchmark
    public void ecdsaP384Verify_citadel() {
        p384Public.verify(message, p384Signature, SignatureHash.SHA_384, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public boolean ecdsaP384Verify_jdk() throws Exception {
        Signature s = Signature.getInstance("SHA384withECDSA");
        s.initVerify(jdkP384.getPublic());
        s.update(message);
        return check(s.verify(jdkP384Signature));
    }

    @Benchmark
    public boolean ecdsaP384Verify_bouncyCastleCustom() {
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, (ECPublicKeyParameters) bcCustomP384Keys.getPublic());
        return check(signer.verifySignature(sha384(message), bcCustomP384Signature[0], bcCustomP384Signature[1]));
    }

    @Benchmark
    public Object ecdhP384_citadel() {
        try (var secret = ecdh384.agree(ecdh384Peer.publicKey())) {
            return secret;
        }
    }

    @Benchmark
    public byte[] ecdhP384_jdk() throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(jdkP384.getPrivate());
        ka.doPhase(jdkEcdh384Peer.getPublic(), true);
        return ka.generateSecret();
    }

    @Benchmark
    public java.math.BigInteger ecdhP384_bouncyCastleCustom() {
        ECDHBasicAgreement ka = new ECDHBasicAgreement();
        ka.init(bcCustomP384Keys.getPrivate());
        return ka.calculateAgreement(bcCustomP384Keys.getPublic());
    }

    @Benchmark
    public Object ecdsaP384KeyGen_citadel() {
        return EcdsaPrivateKey.generate(EcCurve.P_384);
    }

    @Benchmark
    public KeyPair ecdsaP384KeyGen_jdk() {
        return jdkP384Generator.generateKeyPair();
    }

    @Benchmark
    public AsymmetricCipherKeyPair ecdsaP384KeyGen_bouncyCastleCustom() {
        return bcCustomP384Generator.generateKeyPair();
    }

    private static byte[] sha384(byte[] in) {
        org.bouncycastle.crypto.digests.SHA384Digest d = new org.bouncycastle.crypto.digests.SHA384Digest();
        d.update(in, 0, in.length);
        byte[] out = new byte[48];
        d.doFinal(out, 0);
        return out;
    }

    // P-256 point decompression (SEC 1 §2.3.4: a square root in GF(p)), as a compressed key or key share is read.
    // The JDK has no public API for it.

    @Benchmark
    public Object ecP256Decompress_citadel() {
        return dev.citadel.corecrypto.ec.EcPublicPoint.fromCompressed(EcCurve.P_256, p256Compressed);
    }

    @Benchmark
    public Object ecP256Decompress_bouncyCastleCustom() {
        return bcCustomP256Domain.getCurve().decodePoint(bcCustomP256Compressed);
    }

    // ECDSA P-256 verification with a key decoded for each signature (a server verifying a passkey or a
    // JWT whose key it parses per request): no per-key precomputation survives between calls.

    @Benchmark
    public void ecdsaP256VerifyFreshKey_citadel() {
        EcdsaPublicKey key = EcdsaPublicKey.of(dev.citadel.corecrypto.ec.EcPublicPoint.fromX963(EcCurve.P_256, p256X963));
        key.verify(message, p256Signature, SignatureHash.SHA_256, EcdsaSignatureEncoding.DER);
    }

    @Benchmark
    public boolean ecdsaP256VerifyFreshKey_jdk() throws Exception {
        java.security.PublicKey key = java.security.KeyFactory.getInstance("EC")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(jdkP256Spki));
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initVerify(key);
        s.update(message);
        return check(s.verify(jdkP256Signature));
    }

    @Benchmark
    public boolean ecdsaP256VerifyFreshKey_bouncyCastleCustom() {
        ECPublicKeyParameters key = new ECPublicKeyParameters(bcCustomP256Domain.getCurve().decodePoint(bcCustomP256X963), bcCustomP256Domain);
        ECDSASigner signer = new ECDSASigner();
        signer.init(false, key);
        return check(signer.verifySignature(sha256(message), bcCustomP256Signature[0], bcCustomP256Signature[1]));
    }

    // Ed25519

    @Benchmark
    public byte[] ed25519Sign_citadel() {
        return ed25519.sign(message);
    }

    @Benchmark
    public byte[] ed25519Sign_jdk() throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(jdkEd25519.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public byte[] ed25519Sign_accp() throws Exception {
        Signature s = Signature.getInstance("Ed25519", accp());
        s.initSign(jdkEd25519.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public byte[] ed25519Sign_bouncyCastle() {
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, bcEd25519.getPrivate());
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    @Benchmark
    public void ed25519Verify_citadel() {
        ed25519Public.verify(message, ed25519Signature);
    }

    @Benchmark
    public boolean ed25519Verify_jdk() throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(jdkEd25519.getPublic());
        s.update(message);
        return check(s.verify(jdkEd25519Signature));
    }

    @Benchmark
    public boolean ed25519Verify_bouncyCastle() {
        Ed25519Signer s = new Ed25519Signer();
        s.init(false, bcEd25519.getPublic());
        s.update(message, 0, message.length);
        return check(s.verifySignature(bcEd25519Signature));
    }

    private byte[] ed25519_sign_bouncyCastle() {
        return ed25519Sign_bouncyCastle();
    }

    // Key agreement

    @Benchmark
    public Object x25519_citadel() {
        try (var secret = x25519.agree(x25519Peer.publicKey())) {
            return secret;
        }
    }

    @Benchmark
    public byte[] x25519_jdk() throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(jdkX25519.getPrivate());
        ka.doPhase(jdkX25519Peer.getPublic(), true);
        return ka.generateSecret();
    }

    @Benchmark
    public byte[] x25519_bouncyCastle() {
        X25519Agreement ka = new X25519Agreement();
        ka.init(bcX25519.getPrivate());
        byte[] out = new byte[32];
        ka.calculateAgreement(bcX25519Peer.getPublic(), out, 0);
        return out;
    }

    @Benchmark
    public Object ecdhP256_citadel() {
        try (var secret = ecdh.agree(ecdhPeer.publicKey())) {
            return secret;
        }
    }

    @Benchmark
    public byte[] ecdhP256_jdk() throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("ECDH");
        ka.init(jdkEcdh.getPrivate());
        ka.doPhase(jdkEcdhPeer.getPublic(), true);
        return ka.generateSecret();
    }

    @Benchmark
    public byte[] ecdhP256_accp() throws Exception {
        KeyAgreement ka = KeyAgreement.getInstance("ECDH", accp());
        ka.init(jdkEcdh.getPrivate());
        ka.doPhase(jdkEcdhPeer.getPublic(), true);
        return ka.generateSecret();
    }

    @Benchmark
    public java.math.BigInteger ecdhP256_bouncyCastle() {
        ECDHBasicAgreement ka = new ECDHBasicAgreement();
        ka.init(bcP256Keys.getPrivate());
        return ka.calculateAgreement(bcP256Keys.getPublic());
    }

    @Benchmark
    public java.math.BigInteger ecdhP256_bouncyCastleCustom() {
        ECDHBasicAgreement ka = new ECDHBasicAgreement();
        ka.init(bcCustomP256Keys.getPrivate());
        return ka.calculateAgreement(bcCustomP256Keys.getPublic());
    }

    // ML-KEM-768

    @Benchmark
    public Object mlkem768Encaps_citadel() {
        try (var e = mlkemPublic.encapsulate()) {
            return e.ciphertext();
        }
    }

    @Benchmark
    public Object mlkem768Encaps_jdk() throws Exception {
        return KEM.getInstance("ML-KEM").newEncapsulator(jdkMlkem.getPublic()).encapsulate();
    }

    @Benchmark
    public SecretWithEncapsulation mlkem768Encaps_bouncyCastle() {
        return new MLKEMGenerator(random).generateEncapsulated(bcMlkem.getPublic());
    }

    @Benchmark
    public Object mlkem768Decaps_citadel() {
        try (var s = mlkem.decapsulate(mlkemCiphertext)) {
            return s;
        }
    }

    @Benchmark
    public Object mlkem768Decaps_jdk() throws Exception {
        return KEM.getInstance("ML-KEM").newDecapsulator(jdkMlkem.getPrivate()).decapsulate(jdkMlkemCiphertext);
    }

    @Benchmark
    public byte[] mlkem768Decaps_bouncyCastle() {
        return new MLKEMExtractor((MLKEMPrivateKeyParameters) bcMlkem.getPrivate()).extractSecret(bcMlkemCiphertext);
    }

    // ML-DSA-65

    @Benchmark
    public byte[] mldsa65Sign_citadel() {
        return mldsa.sign(message);
    }

    @Benchmark
    public byte[] mldsa65Sign_jdk() throws Exception {
        Signature s = Signature.getInstance("ML-DSA");
        s.initSign(jdkMldsa.getPrivate());
        s.update(message);
        return s.sign();
    }

    @Benchmark
    public byte[] mldsa65Sign_bouncyCastle() throws Exception {
        return mldsa_sign_bouncyCastle();
    }

    private byte[] mldsa_sign_bouncyCastle() throws org.bouncycastle.crypto.CryptoException {
        MLDSASigner s = new MLDSASigner();
        s.init(true, new ParametersWithRandom(bcMldsa.getPrivate(), random));
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    @Benchmark
    public void mldsa65Verify_citadel() {
        mldsaPublic.verify(message, mldsaSignature);
    }

    @Benchmark
    public boolean mldsa65Verify_jdk() throws Exception {
        Signature s = Signature.getInstance("ML-DSA");
        s.initVerify(jdkMldsa.getPublic());
        s.update(message);
        return check(s.verify(jdkMldsaSignature));
    }

    @Benchmark
    public boolean mldsa65Verify_bouncyCastle() {
        MLDSASigner s = new MLDSASigner();
        s.init(false, bcMldsa.getPublic());
        s.update(message, 0, message.length);
        return check(s.verifySignature(bcMldsaSignature));
    }

    private static boolean check(boolean verified) {
        if (!verified) {
            throw new IllegalStateException("benchmark signature did not verify");
        }
        return true;
    }
}
