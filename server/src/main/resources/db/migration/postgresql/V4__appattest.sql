-- Citadel schema V4 (PostgreSQL). Keep in step with ../sqlite/V4__appattest.sql.

-- App Attest keys: one row per attested key, written whole at registration (key, counter 0, receipt).
-- key_id is base64 of SHA-256 of the key's X9.63 point (44 characters); public_key is that point (65 bytes).
-- counter is the last accepted sign counter, unsigned 32-bit, advanced only by compare-and-set.
CREATE TABLE appattest_key (
    key_id        TEXT   NOT NULL PRIMARY KEY CHECK (length(key_id) = 44),
    app_id        TEXT   NOT NULL CHECK (length(app_id) BETWEEN 12 AND 266),
    environment   TEXT   NOT NULL CHECK (environment IN ('development', 'production')),
    public_key    BYTEA  NOT NULL CHECK (length(public_key) = 65),
    counter       BIGINT NOT NULL CHECK (counter BETWEEN 0 AND 4294967295),
    receipt       BYTEA,
    registered_at BIGINT NOT NULL
);

-- Challenges issued to apps, single use: a row is deleted when consumed. Only SHA-256 of the challenge is
-- kept (base64url, 43 characters); expires_at in epoch milliseconds.
CREATE TABLE appattest_challenge (
    challenge_hash TEXT   NOT NULL PRIMARY KEY CHECK (length(challenge_hash) = 43),
    expires_at     BIGINT NOT NULL
);

CREATE INDEX appattest_challenge_expiry ON appattest_challenge (expires_at);
