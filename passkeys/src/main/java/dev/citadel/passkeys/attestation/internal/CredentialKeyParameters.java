package dev.citadel.passkeys.attestation.internal;

import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.passkeys.AttestedCredentialData;
import dev.citadel.passkeys.internal.Cbor;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a credential public key (its COSE_Key labels, already validated by {@code CoseKey}),
 * for comparing it with a key in a certificate or a TPM public area.
 *
 * @param kty COSE key type (1 OKP, 2 EC2, 3 RSA, 7 AKP)
 * @param crv the curve for OKP and EC2, else 0
 * @param x EC2/OKP x (empty otherwise)
 * @param y EC2 y (empty otherwise)
 * @param n RSA modulus (empty otherwise)
 * @param e RSA public exponent (empty otherwise)
 */
public record CredentialKeyParameters(long kty, long crv, Bytes x, Bytes y, Bytes n, Bytes e) {

    public static final long KTY_OKP = 1;
    public static final long KTY_EC2 = 2;
    public static final long KTY_RSA = 3;
    public static final long CRV_P256 = 1;
    public static final long CRV_P384 = 2;
    public static final long CRV_P521 = 3;
    public static final long CRV_ED25519 = 6;

    /** The parameters of the attested credential's key. */
    public static CredentialKeyParameters of(AttestedCredentialData credential) {
        CborValue v = Cbor.decode(credential.credentialPublicKeyBytes().toByteArray());
        Map<CborValue, CborValue> m = ((CborMap) v).entries();
        long kty = integer(m, 1).orElse(0L);
        return switch ((int) kty) {
            case (int) KTY_EC2 -> new CredentialKeyParameters(kty, integer(m, -1).orElse(0L), bytes(m, -2), bytes(m, -3), empty(), empty());
            case (int) KTY_OKP -> new CredentialKeyParameters(kty, integer(m, -1).orElse(0L), bytes(m, -2), empty(), empty(), empty());
            case (int) KTY_RSA -> new CredentialKeyParameters(kty, 0, empty(), empty(), bytes(m, -1), bytes(m, -2));
            default -> new CredentialKeyParameters(kty, 0, empty(), empty(), empty(), empty());
        };
    }

    /** Whether {@code key} (from a certificate) is this same public key. */
    public boolean sameAs(CertificateKey key) {
        return switch (key.family()) {
            case EC -> {
                byte[][] xy = key.ecCoordinates();
                long curve = key.type() == KeyType.EC_P256 ? CRV_P256 : key.type() == KeyType.EC_P384 ? CRV_P384 : CRV_P521;
                yield kty == KTY_EC2 && crv == curve && x.contentEquals(xy[0]) && y.contentEquals(xy[1]);
            }
            case RSA -> {
                byte[][] ne = key.rsaModulusAndExponent();
                yield kty == KTY_RSA && n.contentEquals(ne[0]) && e.contentEquals(ne[1]);
            }
            case ED25519 -> kty == KTY_OKP && crv == CRV_ED25519 && x.contentEquals(key.raw().toByteArray());
        };
    }

    /** EC2 only: {@code 04 || x || y}. */
    public byte[] uncompressedPoint() {
        byte[] xb = x.toByteArray();
        byte[] yb = y.toByteArray();
        byte[] out = new byte[1 + xb.length + yb.length];
        out[0] = 0x04;
        System.arraycopy(xb, 0, out, 1, xb.length);
        System.arraycopy(yb, 0, out, 1 + xb.length, yb.length);
        return out;
    }

    /** {@code a} equals {@code b} ignoring leading zero bytes of either (TPM and COSE integers). */
    public static boolean sameUnsigned(byte[] a, byte[] b) {
        return Arrays.equals(strip(a), strip(b));
    }

    private static byte[] strip(byte[] v) {
        int i = 0;
        while (i < v.length - 1 && v[i] == 0) {
            i++;
        }
        return Arrays.copyOfRange(v, i, v.length);
    }

    private static Optional<Long> integer(Map<CborValue, CborValue> m, long label) {
        return m.get(new CborInteger(label)) instanceof CborInteger(long v) ? Optional.of(v) : Optional.empty();
    }

    private static Bytes bytes(Map<CborValue, CborValue> m, long label) {
        return m.get(new CborInteger(label)) instanceof CborBytes(Bytes v) ? v : empty();
    }

    private static Bytes empty() {
        return Bytes.of(new byte[0]);
    }
}
