package dev.citadel.server.keys;

import java.util.Objects;

/**
 * A one-way, HKDF-derived identifier of a master key (16 bytes as 32 hex characters). It tells which master
 * key wrapped a stored key without revealing anything usable about the master key itself.
 */
public record MasterKeyFingerprint(String hex) {

    /** Length in bytes. */
    public static final int LENGTH = 16;

    public MasterKeyFingerprint {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{" + 2 * LENGTH + "}")) {
            throw new IllegalArgumentException("a master key fingerprint is " + 2 * LENGTH + " lowercase hex characters");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
