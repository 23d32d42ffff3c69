-- Citadel schema V1 (SQLite). Keep in step with ../postgresql/V1__server_instance_and_api_token.sql:
-- same tables, same columns, same constraints. Timestamps are UTC epoch milliseconds on both engines.
-- STRICT tables make SQLite enforce column types the way PostgreSQL does.

-- Key/value metadata about this server instance (instance id, creation time, ...).
CREATE TABLE server_instance (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Admin API tokens. The secret itself is never stored, only its SHA-256 hash.
CREATE TABLE api_token (
    id           TEXT    NOT NULL PRIMARY KEY,
    name         TEXT    NOT NULL,
    scopes       TEXT    NOT NULL,                                 -- space-separated wire names, sorted
    secret_hash  BLOB    NOT NULL CHECK (length(secret_hash) = 32),
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at   INTEGER
) STRICT;

CREATE INDEX api_token_created_at ON api_token (created_at);
