-- 0002: the tables owned by the identification stage (safeguard.identify; docs/definitions.md).
-- Each identify run replaces both tables; the run that made a row is kept on it.

CREATE TABLE decisions (
    source                VARCHAR NOT NULL,
    record_id             VARCHAR NOT NULL,
    run_id                VARCHAR NOT NULL,
    cse_definition        VARCHAR NOT NULL,  -- e.g. cse/1
    cse_met               BOOLEAN NOT NULL,
    cse_confidence        DOUBLE,
    network_definition    VARCHAR NOT NULL,  -- e.g. organised-network/1
    network_met           BOOLEAN NOT NULL,
    supplier_flagged_cse  BOOLEAN NOT NULL,
    flag_review           VARCHAR NOT NULL,  -- agreed | missed | over-flagged
    basis                 VARCHAR NOT NULL,  -- record | record_and_history | child_history
    decision              JSON NOT NULL,     -- the "Decisions out" object, with all evidence
    PRIMARY KEY (source, record_id)
);

CREATE TABLE child_decisions (
    entity_id      VARCHAR PRIMARY KEY,     -- the child's entity (linkage) or stand-in id
    run_id         VARCHAR NOT NULL,
    cse_met        BOOLEAN NOT NULL,
    cse_confidence DOUBLE,
    records        INTEGER NOT NULL,        -- records in which the child is victim or subject
    met_records    JSON NOT NULL            -- [source/record_id, ...] that meet cse/1
);
