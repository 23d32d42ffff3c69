package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.cbor.CborReader;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * App Attest authenticator data (WebAuthn §6.1 layout): rpIdHash, flags, signCount, then in attestations
 * the attested credential data (AAGUID, credentialId, COSE_Key), then optionally the extensions map.
 *
 * @param raw                the bytes, as signed
 * @param rpIdHash           32 bytes
 * @param flags              the flags byte
 * @param counter            signCount, unsigned 32-bit
 * @param aaguid             attested credential data only
 * @param credentialId       attested credential data only
 * @param credentialKeyX963  the COSE_Key's point as {@code 04 ‖ x ‖ y}; attested credential data only
 * @param extensions         the trailing extensions map
 */
record AuthenticatorData(Bytes raw, Bytes rpIdHash, int flags, long counter, Optional<Bytes> aaguid,
                         Optional<Bytes> credentialId, Optional<Bytes> credentialKeyX963,
                         AuthenticatorExtensions extensions) {

    static final int FLAG_AT = 0x40;
    static final int FLAG_ED = 0x80;
    private static final int HEADER = 37;
    /** App Attest credential ids are the 32-byte key id. Longer ones are refused before any copy. */
    static final int MAX_CREDENTIAL_ID = 64;

    /** Parses attestation authenticator data: the attested credential data must be present. */
    static AuthenticatorData parseAttestation(byte[] b) {
        header(b);
        int flags = b[32] & 0xff;
        if ((flags & FLAG_AT) == 0) {
            throw malformed("the AT flag is clear: no attested credential data");
        }
        if (b.length < HEADER + 18) {
            throw malformed("truncated attested credential data");
        }
        Bytes aaguid = Bytes.of(b, HEADER, HEADER + 16);
        int idLength = ((b[HEADER + 16] & 0xff) << 8) | (b[HEADER + 17] & 0xff);
        int idStart = HEADER + 18;
        if (idLength == 0 || idLength > MAX_CREDENTIAL_ID || idLength > b.length - idStart) {
            throw malformed("credentialIdLength " + idLength + " with " + (b.length - idStart) + " bytes remaining");
        }
        Bytes credentialId = Bytes.of(b, idStart, idStart + idLength);
        CborReader reader = CborReader.at(b, idStart + idLength);
        CborValue cose;
        try {
            cose = Cbor.next(reader);
        } catch (AttestException e) {
            throw AttestException.of(Reason.MALFORMED_AUTHENTICATOR_DATA, "credential public key: " + e.getMessage(), e);
        }
        Bytes x963 = coseP256(cose);
        AuthenticatorExtensions ext = trailingExtensions(b, reader.position(), flags);
        return new AuthenticatorData(Bytes.of(b), Bytes.of(b, 0, 32), flags, counter(b), Optional.of(aaguid),
                Optional.of(credentialId), Optional.of(x963), ext);
    }

    /**
     * Parses assertion authenticator data: the 37-byte header and the optional extensions map. App Attest
     * sets the AT flag in assertions without attested credential data, so AT is not interpreted here.
     */
    static AuthenticatorData parseAssertion(byte[] b) {
        header(b);
        int flags = b[32] & 0xff;
        AuthenticatorExtensions ext = trailingExtensions(b, HEADER, flags);
        return new AuthenticatorData(Bytes.of(b), Bytes.of(b, 0, 32), flags, counter(b), Optional.empty(),
                Optional.empty(), Optional.empty(), ext);
    }

    private static void header(byte[] b) {
        if (b.length < HEADER) {
            throw malformed("authenticator data of " + b.length + " bytes; at least " + HEADER + " required");
        }
    }

    private static long counter(byte[] b) {
        return ((b[33] & 0xffL) << 24) | ((b[34] & 0xffL) << 16) | ((b[35] & 0xffL) << 8) | (b[36] & 0xffL);
    }

    /** Whatever follows must be exactly one CBOR map, read even when ED is clear (Apple's 2026 sample). */
    private static AuthenticatorExtensions trailingExtensions(byte[] b, int from, int flags) {
        if (from == b.length) {
            if ((flags & FLAG_ED) != 0) {
                throw malformed("the ED flag is set but no extensions follow");
            }
            return AuthenticatorExtensions.NONE;
        }
        CborValue map;
        try {
            map = Cbor.decode(Arrays.copyOfRange(b, from, b.length));
        } catch (AttestException e) {
            if (e.reason() == Reason.TRAILING_BYTES || e.reason() == Reason.LIMIT_EXCEEDED) {
                throw e;
            }
            throw AttestException.of(Reason.MALFORMED_EXTENSIONS, "extensions: " + e.getMessage(), e);
        }
        return AuthenticatorExtensions.from(map);
    }

    /** A COSE_Key (RFC 9053 §7.1.1) for ES256 on P-256: exactly kty 2, alg -7, crv 1, x and y of 32 bytes. */
    private static Bytes coseP256(CborValue cose) {
        if (!(cose instanceof CborMap(Map<CborValue, CborValue> m)) || m.size() != 5
                || !(m.get(new CborInteger(1)) instanceof CborInteger(long kty)) || kty != 2
                || !(m.get(new CborInteger(3)) instanceof CborInteger(long alg)) || alg != -7
                || !(m.get(new CborInteger(-1)) instanceof CborInteger(long crv)) || crv != 1
                || !(m.get(new CborInteger(-2)) instanceof CborBytes(Bytes x)) || x.size() != 32
                || !(m.get(new CborInteger(-3)) instanceof CborBytes(Bytes y)) || y.size() != 32) {
            throw malformed("the credential public key is not an EC2 P-256 ES256 COSE_Key {1:2, 3:-7, -1:1, -2:x, -3:y}");
        }
        byte[] point = new byte[65];
        point[0] = 4;
        System.arraycopy(x.toByteArray(), 0, point, 1, 32);
        System.arraycopy(y.toByteArray(), 0, point, 33, 32);
        return Bytes.of(point);
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_AUTHENTICATOR_DATA, message);
    }
}
