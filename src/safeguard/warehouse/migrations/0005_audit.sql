-- 0005: the tables owned by the identification audit (safeguard.audit; docs/audit.md).
-- A round is one audit: a stratified random sample of one sampling frame, drawn with a seed.
-- The flag and the decision of each sampled record are kept as they were when it was drawn,
-- so a later identify run never changes what a round measured.

CREATE TABLE audit_rounds (
    round_id             INTEGER PRIMARY KEY,  -- 1, 2, 3... in the order drawn
    name                 VARCHAR NOT NULL,     -- e.g. "2026 Q4"
    round_date           DATE NOT NULL,        -- the date the round stands for, on the trend
    drawn_at             TIMESTAMP NOT NULL,
    frame                VARCHAR NOT NULL,     -- child | indicators
    force                VARCHAR,              -- NULL: every force
    stratify             VARCHAR[] NOT NULL,   -- the columns that define the strata
    size                 INTEGER NOT NULL,     -- records asked for (the sample may be smaller)
    seed                 BIGINT NOT NULL,
    min_per_stratum      INTEGER NOT NULL,
    blind                BOOLEAN NOT NULL,     -- packs hide the supplier's flags and our decision
    second_review_share  DOUBLE NOT NULL,      -- share of the sample reviewed twice
    population           BIGINT NOT NULL,      -- records in the frame
    run_id               VARCHAR NOT NULL      -- the run that drew it
);

CREATE TABLE audit_strata (
    round_id    INTEGER NOT NULL,
    stratum     VARCHAR NOT NULL,   -- e.g. "kind=crime|flag_review=missed"
    population  BIGINT NOT NULL,    -- N_h: frame records in the stratum
    sampled     INTEGER NOT NULL,   -- n_h: records drawn (simple random sample, no replacement)
    PRIMARY KEY (round_id, stratum)
);

CREATE TABLE audit_sample (
    round_id               INTEGER NOT NULL,
    source                 VARCHAR NOT NULL,
    record_id              VARCHAR NOT NULL,
    record_version         INTEGER NOT NULL,
    stratum                VARCHAR NOT NULL,
    inclusion_probability  DOUBLE NOT NULL,  -- n_h / N_h; the design weight is its inverse
    second_review          BOOLEAN NOT NULL, -- chosen for an independent second review
    force                  VARCHAR,
    kind                   VARCHAR NOT NULL,
    supplier_flagged_cse   BOOLEAN NOT NULL, -- as at the draw
    cse_met                BOOLEAN NOT NULL, -- our decision (cse/1) as at the draw
    flag_review            VARCHAR NOT NULL,
    decision_run_id        VARCHAR NOT NULL,
    PRIMARY KEY (round_id, source, record_id)
);

CREATE TABLE audit_reviews (
    round_id       INTEGER NOT NULL,
    source         VARCHAR NOT NULL,
    record_id      VARCHAR NOT NULL,
    review         INTEGER NOT NULL,   -- 1: first review; 2: independent second review
    reviewer       VARCHAR NOT NULL,
    determination  VARCHAR NOT NULL,   -- cse | not-cse | cannot-tell
    comment        VARCHAR,
    input_file     VARCHAR NOT NULL,
    input_row      INTEGER NOT NULL,
    run_id         VARCHAR NOT NULL,   -- the import that recorded it
    PRIMARY KEY (round_id, source, record_id, review)
);

CREATE TABLE audit_resolutions (
    round_id       INTEGER NOT NULL,
    source         VARCHAR NOT NULL,
    record_id      VARCHAR NOT NULL,
    determination  VARCHAR NOT NULL,   -- cse | not-cse | cannot-tell: the one the estimates use
    resolver       VARCHAR NOT NULL,
    note           VARCHAR,
    resolved_at    TIMESTAMP NOT NULL,
    run_id         VARCHAR NOT NULL,
    PRIMARY KEY (round_id, source, record_id)
);
