-- Citadel schema V3 (PostgreSQL). Keep in step with ../sqlite/V3__devicecheck.sql.

-- DeviceCheck team keys: the public halves of the P-256 keys teams sign authorization tokens with.
-- public_key is the uncompressed X9.63 point (65 bytes). (team_id, key_id) is never reused for another key.
CREATE TABLE devicecheck_team_key (
    team_id       TEXT   NOT NULL CHECK (length(team_id) = 10),
    key_id        TEXT   NOT NULL CHECK (length(key_id) = 10),
    public_key    BYTEA  NOT NULL CHECK (length(public_key) = 65),
    registered_at BIGINT NOT NULL,
    PRIMARY KEY (team_id, key_id)
);

-- The two bits of each app instance, per team (instance_id: 32 lower-case hex characters).
CREATE TABLE devicecheck_bits (
    team_id     TEXT     NOT NULL CHECK (length(team_id) = 10),
    instance_id TEXT     NOT NULL CHECK (length(instance_id) = 32),
    bit0        SMALLINT NOT NULL CHECK (bit0 IN (0, 1)),
    bit1        SMALLINT NOT NULL CHECK (bit1 IN (0, 1)),
    updated_at  BIGINT   NOT NULL,
    PRIMARY KEY (team_id, instance_id)
);
