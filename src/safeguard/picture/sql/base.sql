-- The national picture's base: one row per current record with its decision and outcome group,
-- who is who for every person mention, and the children who meet cse/1 with where and when.
-- Needs __sg_pic_outcome_codes (code, outcome_group), __sg_pic_settings (as_at, not_recorded)
-- and __sg_pic_networks / __sg_pic_network_children, made by picture/_compute.py first.
CREATE OR REPLACE TEMP TABLE __sg_pic_records AS
SELECT r.source, r.record_id, r.source || '/' || r.record_id AS key,
       coalesce(r.force, '(no force)') AS force, r.source_type, r.kind, r.recorded_at,
       coalesce(r.occurred_from, r.recorded_at) AS event_at,
       coalesce(d.cse_met, false) AS cse_met,
       coalesce(d.network_met, false) AS network_met,
       coalesce(d.supplier_flagged_cse, false) AS flagged,
       r.outcome_code, r.outcome_at,
       CASE WHEN r.outcome_code IS NULL THEN 'outstanding'
            ELSE coalesce(o.outcome_group, 'other') END AS outcome_group
FROM records r
LEFT JOIN decisions d USING (source, record_id)
LEFT JOIN __sg_pic_outcome_codes o ON o.code = upper(trim(r.outcome_code));

-- A mention the linkage stage has not placed is a person of its own (as identify treats it).
CREATE OR REPLACE TEMP TABLE __sg_pic_mentions AS
SELECT p.source, p.record_id, p.ref, p.role, p.identified, p.age, p.dob,
       p.ethnicity, p.nationality,
       coalesce(e.entity_id, p.source || '/' || p.record_id || '/' || p.ref) AS entity_id
FROM persons p
LEFT JOIN entities e
  ON e.source = p.source AND e.record_id = p.record_id AND e.person_ref = p.ref;

-- Each child who meets cse/1, once per record about them that meets it.
CREATE OR REPLACE TEMP TABLE __sg_pic_child_met AS
SELECT c.entity_id, r.source, r.record_id, r.key, r.force, r.recorded_at
FROM child_decisions c, unnest(CAST(c.met_records AS VARCHAR[])) AS m(key)
JOIN __sg_pic_records r ON r.key = m.key
WHERE c.cse_met;

-- Every record in which a child who meets cse/1 is the victim or subject.
CREATE OR REPLACE TEMP TABLE __sg_pic_child_records AS
SELECT DISTINCT m.entity_id, r.source, r.record_id, r.source_type, r.force, r.recorded_at
FROM __sg_pic_mentions m
JOIN __sg_pic_records r USING (source, record_id)
WHERE m.role IN ('victim', 'subject')
  AND m.entity_id IN (SELECT entity_id FROM __sg_pic_child_met);
