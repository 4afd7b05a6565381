-- 0004: the tables owned by the networks stage (safeguard.networks; docs/networks.md).
-- Each `safeguard networks` run replaces them all; the run that made a row is kept on it.
-- Node ids: a person is its linkage entity_id; places and objects are `loc-`/`obj-` + a hash of
-- their normalised key (type and postcode/name, type and value), so no value sits in an id.

CREATE TABLE networks (
    network_id          VARCHAR PRIMARY KEY,  -- NET- + a hash of the members' entity ids
    run_id              VARCHAR NOT NULL,
    definition          VARCHAR NOT NULL,     -- organised-network/1
    meets_definition    BOOLEAN NOT NULL,
    forces              VARCHAR[] NOT NULL,   -- force areas of the network's records
    cross_force         BOOLEAN NOT NULL,     -- records in two or more force areas
    partner_only        BOOLEAN NOT NULL,     -- known only through partner (non-police) data
    priority            DOUBLE NOT NULL,      -- 0 to 100, the sum of priority_components
    priority_components JSON NOT NULL,        -- [{id, value, points, max, explanation}]
    criteria            JSON NOT NULL,        -- [{id, met, evidence}] of organised-network/1
    individuals         INTEGER NOT NULL,     -- perpetrators and facilitators, at least
    members             INTEGER NOT NULL,     -- person entities in the group (any role)
    children            INTEGER NOT NULL,
    children_exploited  INTEGER NOT NULL,     -- children who meet cse/1
    records             INTEGER NOT NULL,
    first_seen          TIMESTAMP,
    last_seen           TIMESTAMP
);

CREATE TABLE network_members (
    network_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,  -- person | location | vehicle | phone | account
    role        VARCHAR NOT NULL,  -- perpetrator | facilitator:introducer|transporter|payee|premises
                                   -- | associate (no involvement of their own shown) | child
                                   -- | place | object
    criterion   VARCHAR,           -- the organised-network/1 criterion the role meets, and why
    identified  BOOLEAN NOT NULL,  -- false: a person no record names (or a place/object: true)
    label       VARCHAR,           -- name as most often recorded, place name, object value
    records     INTEGER NOT NULL,  -- the network's records this member appears in
    mentions    JSON NOT NULL,     -- [{source, record_id, person_ref}] (persons; [] otherwise)
    PRIMARY KEY (network_id, entity_id)
);

CREATE TABLE network_children (
    network_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,  -- the child's linkage entity
    cse_met     BOOLEAN NOT NULL,  -- the child meets cse/1 (child_decisions)
    PRIMARY KEY (network_id, entity_id)
);

CREATE TABLE network_edges (
    network_id  VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,  -- node ids as in network_members
    target_id   VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,  -- co_offending | suspect_of | a link type (introduced, ...)
    records     VARCHAR[] NOT NULL,  -- source/record_id of each record evidencing the edge
    first_at    TIMESTAMP,
    last_at     TIMESTAMP
);

CREATE TABLE network_records (
    network_id   VARCHAR NOT NULL,
    source       VARCHAR NOT NULL,
    record_id    VARCHAR NOT NULL,
    force        VARCHAR,
    source_type  VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    occurred_at  TIMESTAMP,        -- occurred_from, else recorded_at
    cse_met      BOOLEAN,
    PRIMARY KEY (network_id, source, record_id)
);
