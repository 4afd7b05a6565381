-- The children each record is about: its victims and subjects under 18 at the event (or of
-- unknown age), as people (entities). Empty staging tables for the passes are made here too.
CREATE OR REPLACE TEMP TABLE __sg_child AS
SELECT DISTINCT p.source, p.record_id, e.entity_id
FROM persons p
JOIN records r ON r.source = p.source AND r.record_id = p.record_id
JOIN __sg_entities e
  ON e.source = p.source AND e.record_id = p.record_id AND e.person_ref = p.ref
WHERE p.role IN ('victim', 'subject')
  AND coalesce(
        p.age,
        extract(year FROM age(CAST(coalesce(r.occurred_from, r.recorded_at) AS DATE), p.dob)),
        0
      ) < 18;

CREATE OR REPLACE TEMP TABLE __sg_pass_empty (
    source VARCHAR, record_id VARCHAR, cse_met BOOLEAN, cse_confidence DOUBLE,
    network_met BOOLEAN, supplier_flagged_cse BOOLEAN, flag_review VARCHAR, basis VARCHAR,
    decision VARCHAR
);
CREATE OR REPLACE TEMP TABLE __sg_replacements AS SELECT * FROM __sg_pass_empty;
CREATE OR REPLACE TEMP TABLE __sg_evidence_empty (
    source VARCHAR, record_id VARCHAR, indicator VARCHAR, text VARCHAR
);
