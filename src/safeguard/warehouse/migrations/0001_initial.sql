-- 0001: the warehouse tables owned by the ingest stage.
-- Date-or-datetime fields are TIMESTAMP (a date is midnight); the original text stays in raw.

CREATE TABLE runs (
    run_id             VARCHAR PRIMARY KEY,
    command            VARCHAR NOT NULL,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    safeguard_version  VARCHAR NOT NULL,
    format_version     VARCHAR NOT NULL,
    schema_version     INTEGER NOT NULL,
    parameters         JSON,
    inputs             JSON,
    counts             JSON,
    duration_s         DOUBLE,
    status             VARCHAR NOT NULL,  -- running | ok | failed
    error              VARCHAR
);

CREATE TABLE records (
    source          VARCHAR NOT NULL,
    record_id       VARCHAR NOT NULL,
    version         INTEGER NOT NULL,
    format          VARCHAR NOT NULL,
    source_type     VARCHAR NOT NULL,
    force           VARCHAR,
    kind            VARCHAR NOT NULL,
    recorded_at     TIMESTAMP NOT NULL,
    occurred_from   TIMESTAMP,
    occurred_to     TIMESTAMP,
    offence_codes   VARCHAR[],
    narrative       VARCHAR,
    flags           VARCHAR[],
    outcome_code    VARCHAR,
    outcome_at      TIMESTAMP,
    classification  VARCHAR NOT NULL,
    extra           JSON,
    raw             VARCHAR NOT NULL,
    content_hash    VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    input_file      VARCHAR NOT NULL,
    input_sha256    VARCHAR NOT NULL,
    input_line      BIGINT NOT NULL,
    PRIMARY KEY (source, record_id)
);

CREATE TABLE record_history (
    source             VARCHAR NOT NULL,
    record_id          VARCHAR NOT NULL,
    version            INTEGER NOT NULL,
    content_hash       VARCHAR NOT NULL,
    input_sha256       VARCHAR,
    raw                VARCHAR NOT NULL,
    reason             VARCHAR NOT NULL,  -- superseded | stale
    run_id             VARCHAR NOT NULL,  -- the run that loaded this version
    superseded_by_run  VARCHAR NOT NULL,  -- the run that moved it here
    superseded_by_version INTEGER,        -- the version current at that moment
    input_file         VARCHAR NOT NULL,
    input_line         BIGINT NOT NULL
);
CREATE INDEX record_history_key ON record_history (source, record_id);

CREATE TABLE persons (
    source       VARCHAR NOT NULL,
    record_id    VARCHAR NOT NULL,
    ordinal      INTEGER NOT NULL,
    ref          VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,
    identified   BOOLEAN NOT NULL,
    forename     VARCHAR,
    surname      VARCHAR,
    aliases      VARCHAR[],
    dob          DATE,
    age          INTEGER,
    sex          VARCHAR,
    ethnicity    VARCHAR,
    nationality  VARCHAR,
    postcode     VARCHAR,
    address      VARCHAR,
    phone        VARCHAR,
    email        VARCHAR,
    identifiers  JSON,
    extra        JSON
);

CREATE TABLE locations (
    source VARCHAR NOT NULL, record_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
    ref VARCHAR NOT NULL, type VARCHAR, name VARCHAR, address VARCHAR, postcode VARCHAR,
    lat DOUBLE, lon DOUBLE, extra JSON
);

CREATE TABLE objects (
    source VARCHAR NOT NULL, record_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
    ref VARCHAR NOT NULL, type VARCHAR, value VARCHAR, description VARCHAR, extra JSON
);

CREATE TABLE links (
    source VARCHAR NOT NULL, record_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
    from_ref VARCHAR NOT NULL, to_ref VARCHAR NOT NULL, type VARCHAR, extra JSON
);

CREATE TABLE actions (
    source VARCHAR NOT NULL, record_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
    type VARCHAR NOT NULL, "at" TIMESTAMP, person_ref VARCHAR, extra JSON
);

CREATE TABLE arrests (
    source VARCHAR NOT NULL, record_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
    person_ref VARCHAR NOT NULL, "at" TIMESTAMP, extra JSON
);

CREATE TABLE quarantine (
    run_id      VARCHAR NOT NULL,
    input_file  VARCHAR NOT NULL,
    input_line  BIGINT NOT NULL,
    source      VARCHAR,
    record_id   VARCHAR,
    field       VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    problems    JSON NOT NULL,
    raw         VARCHAR
);
CREATE INDEX quarantine_run ON quarantine (run_id);
