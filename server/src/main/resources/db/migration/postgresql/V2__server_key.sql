-- Citadel schema V2 (PostgreSQL). Keep in step with ../sqlite/V2__server_key.sql.

-- The server's own keys (token signing, cookie MACs, device tokens), wrapped under the master key.
-- wrapped_key is nonce || ciphertext || tag (AES-256-GCM, id/purpose/algorithm as associated data); it is
-- NULL exactly when the key is retired. master_fingerprint identifies the master key that wrapped it.
CREATE TABLE server_key (
    id                 TEXT   NOT NULL PRIMARY KEY CHECK (length(id) = 16),
    purpose            TEXT   NOT NULL,
    algorithm          TEXT   NOT NULL,
    state              TEXT   NOT NULL CHECK (state IN ('ACTIVE', 'VERIFY_ONLY', 'RETIRED')),
    created_at         BIGINT NOT NULL,
    activated_at       BIGINT NOT NULL,
    retire_after       BIGINT,
    retired_at         BIGINT,
    wrapping           TEXT   NOT NULL,
    wrapped_key        BYTEA,
    master_fingerprint TEXT   NOT NULL CHECK (length(master_fingerprint) = 32),
    CHECK ((state = 'RETIRED') = (wrapped_key IS NULL))
);

-- At most one active key per purpose: the database, not the code, settles races between replicas.
CREATE UNIQUE INDEX server_key_one_active ON server_key (purpose) WHERE state = 'ACTIVE';
CREATE INDEX server_key_purpose_state ON server_key (purpose, state);
