package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborReader;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.passkeys.internal.Cbor;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Authenticator data (WebAuthn L3 §6.1), parsed strictly: rpIdHash (32), flags (1), signCount (4, big
 * endian), attested credential data exactly when AT is set, an extensions map exactly when ED is set, and
 * nothing after.
 *
 * @param raw the exact bytes (signatures cover them)
 * @param rpIdHash SHA-256 of the RP ID the authenticator scoped the credential to
 * @param flags UP, UV, BE, BS, AT, ED
 * @param signCount the signature counter (0 when the authenticator has none)
 * @param attestedCredentialData present exactly when AT is set
 * @param extensions the authenticator extension outputs, present exactly when ED is set
 */
public record AuthenticatorData(Bytes raw, Bytes rpIdHash, AuthenticatorFlags flags, long signCount,
        Optional<AttestedCredentialData> attestedCredentialData, Optional<CborMap> extensions) {

    /** The fixed header: rpIdHash, flags, signCount. */
    public static final int HEADER_LENGTH = 37;
    /** Longest credential id accepted (§6.5.2: credentialIdLength is at most 1023). */
    public static final int MAX_CREDENTIAL_ID_LENGTH = 1023;
    /** Largest authenticator data accepted, in bytes (an ML-DSA-87 key with extensions fits with room). */
    public static final int MAX_LENGTH = 16 * 1024;

    public AuthenticatorData {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(rpIdHash, "rpIdHash");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(attestedCredentialData, "attestedCredentialData");
        Objects.requireNonNull(extensions, "extensions");
    }

    /** Parses authenticator data; every inconsistency is {@code MALFORMED_AUTHENTICATOR_DATA} or a CBOR reason. */
    public static AuthenticatorData parse(Bytes authData) {
        byte[] b = authData.toByteArray();
        if (b.length > MAX_LENGTH) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "authenticator data larger than MAX_LENGTH=" + MAX_LENGTH);
        }
        if (b.length < HEADER_LENGTH) {
            throw malformed(b.length + " bytes; at least " + HEADER_LENGTH + " required");
        }
        AuthenticatorFlags flags = new AuthenticatorFlags(b[32] & 0xff);
        long signCount = ((b[33] & 0xffL) << 24) | ((b[34] & 0xffL) << 16) | ((b[35] & 0xffL) << 8) | (b[36] & 0xffL);
        int pos = HEADER_LENGTH;
        Optional<AttestedCredentialData> attested = Optional.empty();
        if (flags.attestedCredentialData()) {
            if (b.length < pos + 18) {
                throw malformed("AT is set but the attested credential data is truncated");
            }
            Bytes aaguid = Bytes.of(b, pos, pos + 16);
            int idLength = ((b[pos + 16] & 0xff) << 8) | (b[pos + 17] & 0xff);
            int idStart = pos + 18;
            if (idLength == 0 || idLength > MAX_CREDENTIAL_ID_LENGTH) {
                throw malformed("credentialIdLength " + idLength + " (1.." + MAX_CREDENTIAL_ID_LENGTH + ")");
            }
            if (idLength > b.length - idStart) {
                throw malformed("credentialIdLength " + idLength + " with " + (b.length - idStart) + " bytes remaining");
            }
            Bytes credentialId = Bytes.of(b, idStart, idStart + idLength);
            int keyStart = idStart + idLength;
            CborReader reader = CborReader.at(b, keyStart);
            CborValue key;
            try {
                key = Cbor.next(reader);
            } catch (PasskeyException e) {
                throw PasskeyException.of(Reason.MALFORMED_AUTHENTICATOR_DATA, "credential public key: " + e.getMessage(), e);
            }
            Bytes keyBytes = Bytes.of(b, keyStart, reader.position());
            attested = Optional.of(new AttestedCredentialData(aaguid, credentialId, CoseKey.fromCbor(key, keyBytes), keyBytes));
            pos = reader.position();
        }
        Optional<CborMap> extensions = Optional.empty();
        if (flags.extensionData()) {
            if (pos == b.length) {
                throw malformed("ED is set but no extensions follow");
            }
            CborValue ext = Cbor.decode(Arrays.copyOfRange(b, pos, b.length));
            if (!(ext instanceof CborMap map)) {
                throw malformed("extensions are a " + ext.kind() + ", not a map");
            }
            extensions = Optional.of(map);
        } else if (pos != b.length) {
            throw PasskeyException.of(Reason.TRAILING_BYTES, (b.length - pos) + " bytes after the authenticator data"
                    + (flags.attestedCredentialData() ? "" : " (AT is clear)") + " with ED clear");
        }
        return new AuthenticatorData(authData, Bytes.of(b, 0, 32), flags, signCount, attested, extensions);
    }

    private static PasskeyException malformed(String why) {
        return PasskeyException.of(Reason.MALFORMED_AUTHENTICATOR_DATA, why);
    }
}
