-- 0003: the tables owned by the linkage stage (safeguard.linkage; docs/linkage.md).
-- A mention is named by its key source/record_id/person_ref (mention_l < mention_r in pairs).
-- No secondary indexes: DuckDB scans these quickly, and index upkeep would slow bulk writes.

CREATE TABLE match_pairs (
    run_id             VARCHAR NOT NULL,  -- the link run that scored the pair
    mention_l          VARCHAR NOT NULL,
    mention_r          VARCHAR NOT NULL,
    match_weight       DOUBLE,            -- NULL for a reviewed match no blocking rule found
    match_probability  DOUBLE,
    match_key          VARCHAR,           -- the blocking rule that found the pair
    weights            JSON,              -- each comparison's match weight (with term frequency)
    review             VARCHAR            -- a clerical decision applied: match | non-match
);

CREATE TABLE entities (
    source       VARCHAR NOT NULL,
    record_id    VARCHAR NOT NULL,
    person_ref   VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL,
    confidence   DOUBLE NOT NULL,   -- how sure the mention belongs to its entity (0 to 1)
    entity_size  INTEGER NOT NULL,  -- mentions in the entity
    linked       BOOLEAN NOT NULL,  -- false: not linkable (unidentified), an entity of its own
    run_id       VARCHAR NOT NULL,  -- the run that last placed the mention
    PRIMARY KEY (source, record_id, person_ref)
);

CREATE TABLE link_reviews (
    mention_l      VARCHAR NOT NULL,
    mention_r      VARCHAR NOT NULL,
    decision       VARCHAR NOT NULL,  -- match | non-match | unsure
    reviewer       VARCHAR,
    note           VARCHAR,
    match_weight   DOUBLE,            -- the pair's match weight when it was exported
    exported_run   VARCHAR,           -- the link run the pair was exported from
    imported_run   VARCHAR NOT NULL,  -- the review import that recorded the decision
    decided_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (mention_l, mention_r)
);
