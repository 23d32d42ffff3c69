package dev.citadel.passkeys.local;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * Binds a protected resource to the user's passkeys the way Apple's access control binds a keychain item to
 * biometric enrolment ({@code biometryCurrentSet} / {@code biometryAny}). WebAuthn cannot see enrolments, so the
 * server-side analogue is the user's <em>credential set</em>: a {@link Kind#CURRENT_SET} binding records a fingerprint
 * of the user's credential ids when it is made and stops opening once a passkey is added or removed — as an item
 * bound to {@code biometryCurrentSet} stops opening when a finger or face is enrolled or removed.
 * {@link Kind#ANY} opens for any of the user's current passkeys.
 *
 * @param kind current-set or any
 * @param userHandle the user the resource belongs to
 * @param credentialSetFingerprint SHA-256 over the user's sorted credential ids when the binding was made
 */
public record BiometryBinding(Kind kind, Bytes userHandle, Bytes credentialSetFingerprint) {

    /** Apple's {@code biometryCurrentSet} and {@code biometryAny}. */
    public enum Kind { CURRENT_SET, ANY }

    public BiometryBinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(userHandle, "userHandle");
        Objects.requireNonNull(credentialSetFingerprint, "credentialSetFingerprint");
    }

    /** A binding to {@code userHandle}'s credential set as it is now. */
    public static BiometryBinding currentSet(Bytes userHandle, List<CredentialRecord> credentials) {
        return new BiometryBinding(Kind.CURRENT_SET, userHandle, fingerprint(userHandle, credentials));
    }

    /** A binding that opens for any of the user's current passkeys. */
    public static BiometryBinding any(Bytes userHandle, List<CredentialRecord> credentials) {
        return new BiometryBinding(Kind.ANY, userHandle, fingerprint(userHandle, credentials));
    }

    /**
     * The fingerprint of a credential set: SHA-256 over the credential ids sorted bytewise, each prefixed with its
     * length (so no two sets share an encoding). Every credential must belong to {@code userHandle}.
     */
    public static Bytes fingerprint(Bytes userHandle, List<CredentialRecord> credentials) {
        List<byte[]> ids = credentials.stream().peek(c -> {
            if (!c.userHandle().equals(userHandle)) {
                throw new IllegalArgumentException("credential " + c.id().base64Url() + " belongs to another user");
            }
        }).map(c -> c.id().toByteArray()).sorted(java.util.Arrays::compareUnsigned).toList();
        byte[][] parts = new byte[ids.size() * 2][];
        for (int i = 0; i < ids.size(); i++) {
            parts[2 * i] = ByteBuffer.allocate(4).putInt(ids.get(i).length).array();
            parts[2 * i + 1] = ids.get(i);
        }
        return Bytes.of(SHA256.hash(parts).bytes());
    }

    /** {@code CREDENTIAL_SET_CHANGED} if a current-set binding no longer matches {@code currentCredentials}. */
    void check(List<CredentialRecord> currentCredentials) {
        if (kind == Kind.CURRENT_SET && !fingerprint(userHandle, currentCredentials).equals(credentialSetFingerprint)) {
            throw PasskeyException.of(Reason.CREDENTIAL_SET_CHANGED, "a passkey was added or removed since the resource was bound");
        }
    }
}
