-- Citadel schema V5 (PostgreSQL). Keep in step with ../sqlite/V5__passkeys.sql.

-- Passkey accounts. user_handle is the WebAuthn user handle: 64 random bytes, never derived from the
-- username (WebAuthn §14.6.1). username is unique; display_name is free text shown by authenticators.
CREATE TABLE passkey_user (
    user_handle  BYTEA   NOT NULL PRIMARY KEY CHECK (length(user_handle) = 64),
    username     TEXT    NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name TEXT    NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
    created_at   BIGINT  NOT NULL
);

-- Passkeys: one row per registered credential, every field of the library's CredentialRecord plus the
-- management fields (name, created/last used). sign_count is unsigned 32-bit, advanced by compare-and-set.
-- transports: space-separated transport names as the authenticator reported them.
CREATE TABLE passkey_credential (
    credential_id      BYTEA   NOT NULL PRIMARY KEY CHECK (length(credential_id) BETWEEN 1 AND 1023),
    user_handle        BYTEA   NOT NULL REFERENCES passkey_user (user_handle) ON DELETE CASCADE,
    public_key         BYTEA   NOT NULL,                           -- COSE_Key as registered
    sign_count         BIGINT  NOT NULL CHECK (sign_count BETWEEN 0 AND 4294967295),
    uv_initialized     BIGINT  NOT NULL CHECK (uv_initialized IN (0, 1)),
    backup_eligible    BIGINT  NOT NULL CHECK (backup_eligible IN (0, 1)),
    backed_up          BIGINT  NOT NULL CHECK (backed_up IN (0, 1)),
    transports         TEXT    NOT NULL,
    aaguid             BYTEA   NOT NULL CHECK (length(aaguid) = 16),
    attestation_format TEXT    NOT NULL,
    attestation_object BYTEA,
    client_data_json   BYTEA,
    name               TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    created_at         BIGINT  NOT NULL,
    last_used_at       BIGINT 
);

CREATE INDEX passkey_credential_user ON passkey_credential (user_handle);

-- Pending ceremonies (registration / authentication / step-up), single use: a row is deleted when taken.
-- ceremony_id is the base64url ceremony id; ceremony is the library's opaque encoding (challenge inside).
CREATE TABLE passkey_ceremony (
    ceremony_id TEXT    NOT NULL PRIMARY KEY CHECK (length(ceremony_id) BETWEEN 16 AND 64),
    ceremony    BYTEA   NOT NULL,
    expires_at  BIGINT  NOT NULL
);

CREATE INDEX passkey_ceremony_expiry ON passkey_ceremony (expires_at);

-- Sign-in sessions. Only SHA-256 of the session id is stored (base64url, 43 characters), and SHA-256 of
-- the CSRF token bound to it. restricted = 1: a recovery session that may only register a new passkey.
-- step_up_*: the evidence of the last step-up in this session (when, which passkey, UV, attachment) and the
-- fingerprint of the account's passkey set at that moment (for a biometryCurrentSet-style binding).
CREATE TABLE passkey_session (
    session_hash           TEXT    NOT NULL PRIMARY KEY CHECK (length(session_hash) = 43),
    user_handle            BYTEA   NOT NULL REFERENCES passkey_user (user_handle) ON DELETE CASCADE,
    csrf_hash              TEXT    NOT NULL CHECK (length(csrf_hash) = 43),
    restricted             BIGINT  NOT NULL CHECK (restricted IN (0, 1)),
    created_at             BIGINT  NOT NULL,
    last_seen_at           BIGINT  NOT NULL,
    expires_at             BIGINT  NOT NULL,                        -- absolute expiry
    step_up_at             BIGINT,
    step_up_credential_id  BYTEA,
    step_up_uv             BIGINT  CHECK (step_up_uv IN (0, 1)),
    step_up_attachment     TEXT,
    step_up_credential_set BYTEA   CHECK (length(step_up_credential_set) = 32)
);

CREATE INDEX passkey_session_user ON passkey_session (user_handle);
CREATE INDEX passkey_session_expiry ON passkey_session (expires_at);
CREATE INDEX passkey_session_last_seen ON passkey_session (last_seen_at);

-- Recovery codes: only a keyed hash of each code is stored; a row is deleted when the code is used.
CREATE TABLE passkey_recovery_code (
    user_handle BYTEA   NOT NULL REFERENCES passkey_user (user_handle) ON DELETE CASCADE,
    code_hash   TEXT    NOT NULL CHECK (length(code_hash) = 43),
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (user_handle, code_hash)
);

-- Audit log of security events. user_handle is NULL when no account is known (a failed sign-in with an
-- unknown credential); it is kept, not cascaded, when an account is deleted.
CREATE TABLE passkey_audit (
    id             BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             BIGINT  NOT NULL,
    event          TEXT    NOT NULL,
    user_handle    BYTEA,
    client_address TEXT    NOT NULL,
    detail         TEXT    NOT NULL
);

CREATE INDEX passkey_audit_user ON passkey_audit (user_handle, id);
