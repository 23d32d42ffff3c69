package dev.citadel.passkeys;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.Curve25519;
import dev.citadel.cryptokit.Ed448;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.RSA;
import dev.citadel.cryptokit.MLDSA44;
import dev.citadel.cryptokit.MLDSA65;
import dev.citadel.cryptokit.MLDSA87;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.P384;
import dev.citadel.cryptokit.P521;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.internal.Cbor;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * A credential public key as a COSE_Key (RFC 9052 §7, WebAuthn L3 §6.5.1.1), parsed strictly and turned
 * into a cryptokit key once, so that every later {@link #verify} is only the signature check.
 *
 * <p>Key types: EC2 (kty 2: crv, x, y) for ES256/ES384/ES512; OKP (kty 1: crv, x) for EdDSA; RSA (kty 3:
 * n, e) for RS256/PS256; AKP (kty 7: pub at label -1) for ML-DSA-44/65/87. A key must carry {@code alg};
 * labels other than the ones its key type defines (and {@code kid}) are refused, as is a curve that does
 * not match the algorithm, so one key never verifies under two algorithms.
 */
public final class CoseKey {

    static final int KTY = 1;
    static final int KID = 2;
    static final int ALG = 3;
    static final int KTY_OKP = 1;
    static final int KTY_EC2 = 2;
    static final int KTY_RSA = 3;
    static final int KTY_AKP = 7;
    static final int CRV_P256 = 1;
    static final int CRV_P384 = 2;
    static final int CRV_P521 = 3;
    static final int CRV_ED25519 = 6;
    static final int CRV_ED448 = 7;

    /** Smallest RSA modulus accepted, in bits (SP 800-131A). */
    public static final int MIN_RSA_BITS = 2048;
    /** Largest RSA modulus accepted, in bits. */
    public static final int MAX_RSA_BITS = 8192;

    /** Largest COSE_Key accepted, in bytes; an ML-DSA-87 key is 2,592 bytes of public key plus a few labels. */
    public static final int MAX_ENCODED_BYTES = 4096;

    private final CoseAlgorithm algorithm;
    private final Bytes encoded;
    private final Verifier verifier;

    private CoseKey(CoseAlgorithm algorithm, Bytes encoded, Verifier verifier) {
        this.algorithm = algorithm;
        this.encoded = encoded;
        this.verifier = verifier;
    }

    @FunctionalInterface
    private interface Verifier {
        VerifiedSignature verify(byte[] signature, byte[] data);
    }

    /** Parses exactly one COSE_Key filling {@code encoded}. */
    public static CoseKey parse(Bytes encoded) {
        if (encoded.size() > MAX_ENCODED_BYTES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "COSE key larger than MAX_ENCODED_BYTES=" + MAX_ENCODED_BYTES);
        }
        return fromCbor(Cbor.decode(encoded.toByteArray()), encoded);
    }

    /** A COSE_Key already decoded (from inside authenticator data); {@code encoded} is its exact encoding. */
    public static CoseKey fromCbor(CborValue value, Bytes encoded) {
        if (!(value instanceof CborMap(Map<CborValue, CborValue> m))) {
            throw malformed("a COSE_Key is a map, not a " + value.kind());
        }
        long kty = integer(m, KTY, "kty");
        long algId = integer(m, ALG, "alg");
        CoseAlgorithm alg = CoseAlgorithm.of(algId).orElseThrow(() -> PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM,
                "COSE algorithm " + algId + " is not implemented"));
        try {
            Verifier v = switch (alg) {
                case ES256, ES384, ES512 -> ec2(m, kty, alg);
                case EDDSA, ED25519, ED448 -> okp(m, kty, alg);
                case RS256, PS256 -> rsa(m, kty, alg);
                case ML_DSA_44, ML_DSA_65, ML_DSA_87 -> akp(m, kty, alg);
            };
            return new CoseKey(alg, encoded, v);
        } catch (CryptoKitException e) {
            throw PasskeyException.of(Reason.MALFORMED_PUBLIC_KEY, alg + " key: " + e.reason(), e);
        }
    }

    /** The key's algorithm. */
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    /** The exact COSE bytes (what a credential record stores). */
    public Bytes encoded() {
        return encoded;
    }

    /**
     * Verifies {@code signature} over {@code data} (ECDSA signatures in ASN.1 DER as WebAuthn §6.5.6 requires);
     * {@code SIGNATURE_INVALID} otherwise.
     */
    public VerifiedSignature verify(Bytes signature, byte[] data) {
        try {
            return verifier.verify(signature.toByteArray(), data);
        } catch (CryptoKitException e) {
            throw PasskeyException.of(Reason.SIGNATURE_INVALID, algorithm + " signature does not verify (" + e.reason() + ")", e);
        }
    }

    private static Verifier ec2(Map<CborValue, CborValue> m, long kty, CoseAlgorithm alg) {
        expect(kty == KTY_EC2, alg + " needs kty EC2 (2), not " + kty);
        labels(m, Set.of(-1L, -2L, -3L));
        long crv = integer(m, -1, "crv");
        byte[] x = bytes(m, -2, "x");
        byte[] y = bytes(m, -3, "y");
        byte[] raw = concat(x, y);
        return switch (alg) {
            case ES256 -> {
                expect(crv == CRV_P256 && x.length == 32 && y.length == 32, "ES256 needs crv P-256 (1) with 32-byte coordinates");
                P256.Signing.PublicKey k = P256.Signing.PublicKey.fromRawRepresentation(raw);
                yield (sig, data) -> k.verify(P256.Signing.ECDSASignature.fromDerRepresentation(sig), data);
            }
            case ES384 -> {
                expect(crv == CRV_P384 && x.length == 48 && y.length == 48, "ES384 needs crv P-384 (2) with 48-byte coordinates");
                P384.Signing.PublicKey k = P384.Signing.PublicKey.fromRawRepresentation(raw);
                yield (sig, data) -> k.verify(P384.Signing.ECDSASignature.fromDerRepresentation(sig), data);
            }
            default -> {
                expect(crv == CRV_P521 && x.length == 66 && y.length == 66, "ES512 needs crv P-521 (3) with 66-byte coordinates");
                P521.Signing.PublicKey k = P521.Signing.PublicKey.fromRawRepresentation(raw);
                yield (sig, data) -> k.verify(P521.Signing.ECDSASignature.fromDerRepresentation(sig), data);
            }
        };
    }

    private static Verifier okp(Map<CborValue, CborValue> m, long kty, CoseAlgorithm alg) {
        expect(kty == KTY_OKP, alg + " needs kty OKP (1), not " + kty);
        labels(m, Set.of(-1L, -2L));
        long crv = integer(m, -1, "crv");
        byte[] x = bytes(m, -2, "x");
        boolean ed25519 = crv == CRV_ED25519 && alg != CoseAlgorithm.ED448;
        boolean ed448 = crv == CRV_ED448 && alg != CoseAlgorithm.ED25519;
        expect(ed25519 || ed448, alg + " with crv " + crv + " is not Ed25519 or Ed448 as the algorithm says");
        if (ed448) {
            expect(x.length == Ed448.KEY_LENGTH, "an Ed448 key is " + Ed448.KEY_LENGTH + " bytes");
            Ed448.Signing.PublicKey k = Ed448.Signing.PublicKey.fromRawRepresentation(x);
            return k::verify;
        }
        expect(x.length == 32, "an Ed25519 key is 32 bytes");
        Curve25519.Signing.PublicKey k = Curve25519.Signing.PublicKey.fromRawRepresentation(x);
        return k::verify;
    }

    private static Verifier rsa(Map<CborValue, CborValue> m, long kty, CoseAlgorithm alg) {
        expect(kty == KTY_RSA, alg + " needs kty RSA (3), not " + kty);
        labels(m, Set.of(-1L, -2L));
        byte[] n = bytes(m, -1, "n");
        byte[] e = bytes(m, -2, "e");
        expect(n.length > 0 && n[0] != 0 && e.length > 0 && e[0] != 0, "RSA n and e are unsigned big-endian without leading zeros");
        int bits = new BigInteger(1, n).bitLength();
        // Any modulus from 2048 bits up: authenticators and the W3C vectors use sizes other than 2048/3072/4096.
        if (bits < MIN_RSA_BITS || bits > MAX_RSA_BITS) {
            throw PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM, "RSA modulus of " + bits + " bits (" + MIN_RSA_BITS + ".." + MAX_RSA_BITS + " accepted)");
        }
        RSA.Signing.PublicKey key = RSA.Signing.PublicKey.fromPkcs1DerRepresentation(pkcs1(n, e));
        return alg == CoseAlgorithm.RS256 ? (sig, data) -> key.verifyPkcs1v15(HashFunction.SHA256, sig, data)
                : (sig, data) -> key.verifyPss(HashFunction.SHA256, sig, data);
    }

    private static Verifier akp(Map<CborValue, CborValue> m, long kty, CoseAlgorithm alg) {
        expect(kty == KTY_AKP, alg + " needs kty AKP (7), not " + kty);
        labels(m, Set.of(-1L));
        byte[] pub = bytes(m, -1, "pub");
        return switch (alg) {
            case ML_DSA_44 -> MLDSA44.PublicKey.fromRawRepresentation(pub)::verify;
            case ML_DSA_65 -> MLDSA65.PublicKey.fromRawRepresentation(pub)::verify;
            default -> MLDSA87.PublicKey.fromRawRepresentation(pub)::verify;
        };
    }

    /** Only kty, kid, alg and the key type's own parameters. */
    private static void labels(Map<CborValue, CborValue> m, Set<Long> own) {
        for (CborValue k : m.keySet()) {
            if (!(k instanceof CborInteger(long label)) || !(label == KTY || label == KID || label == ALG || own.contains(label))) {
                throw malformed("unexpected COSE_Key label " + k);
            }
        }
    }

    private static long integer(Map<CborValue, CborValue> m, long label, String name) {
        if (!(m.get(new CborInteger(label)) instanceof CborInteger(long v))) {
            throw malformed(name + " (" + label + ") is missing or not an integer");
        }
        return v;
    }

    private static byte[] bytes(Map<CborValue, CborValue> m, long label, String name) {
        if (!(m.get(new CborInteger(label)) instanceof CborBytes(Bytes v))) {
            throw malformed(name + " (" + label + ") is missing or not a byte string");
        }
        return v.toByteArray();
    }

    private static void expect(boolean condition, String why) {
        if (!condition) {
            throw malformed(why);
        }
    }

    private static PasskeyException malformed(String why) {
        return PasskeyException.of(Reason.MALFORMED_PUBLIC_KEY, why);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1), DER. */
    private static byte[] pkcs1(byte[] n, byte[] e) {
        byte[] body = concat(derInteger(n), derInteger(e));
        return der(0x30, body);
    }

    private static byte[] derInteger(byte[] unsigned) {
        byte[] v = (unsigned[0] & 0x80) != 0 ? concat(new byte[] {0}, unsigned) : unsigned;
        return der(0x02, v);
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "CoseKey[" + algorithm + "]";
    }
}
