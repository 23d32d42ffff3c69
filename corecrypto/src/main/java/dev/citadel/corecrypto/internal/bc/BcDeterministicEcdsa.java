package dev.citadel.corecrypto.internal.bc;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.jca.JcaBytes;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA3Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.digests.SHA512tDigest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * Deterministic ECDSA (RFC 6979 §3.2, FIPS 186-5 §6.4.1 with the deterministic k of §A.3.3): the JDK has
 * no deterministic mode and accepts no caller-chosen k. BouncyCastle lightweight {@code ECDSASigner} with
 * {@code HMacDSAKCalculator}.
 */
public final class BcDeterministicEcdsa {

    private BcDeterministicEcdsa() {}

    /** P1363 {@code r || s} over {@code digest}, the HMAC-DRBG keyed with the same hash as the digest. */
    public static byte[] signDigest(EcCurve curve, byte[] scalar, SignatureHash hash, byte[] digest) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        X9ECParameters x9 = CustomNamedCurves.getByName(switch (curve) {
            case P_256 -> "P-256";
            case P_384 -> "P-384";
            case P_521 -> "P-521";
        });
        ECDomainParameters domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(digest(hash)));
        signer.init(true, new ECPrivateKeyParameters(new BigInteger(1, scalar), domain));
        BigInteger[] rs = signer.generateSignature(digest);
        int l = curve.coordinateLength();
        byte[] out = new byte[2 * l];
        System.arraycopy(JcaBytes.fixed(rs[0], l), 0, out, 0, l);
        System.arraycopy(JcaBytes.fixed(rs[1], l), 0, out, l, l);
        return out;
    }

    private static Digest digest(SignatureHash hash) {
        return switch (hash) {
            case SHA_224 -> new SHA224Digest();
            case SHA_256 -> new SHA256Digest();
            case SHA_384 -> new SHA384Digest();
            case SHA_512 -> new SHA512Digest();
            case SHA_512_224 -> new SHA512tDigest(224);
            case SHA_512_256 -> new SHA512tDigest(256);
            case SHA3_224 -> new SHA3Digest(224);
            case SHA3_256 -> new SHA3Digest(256);
            case SHA3_384 -> new SHA3Digest(384);
            case SHA3_512 -> new SHA3Digest(512);
        };
    }
}
