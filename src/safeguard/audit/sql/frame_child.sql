-- The child frame: current records with a decision that are about a child. A record is about a
-- child when a victim or subject is under 18 at the event (age from dob on occurred_from, else
-- recorded_at; else the recorded age; an unknown age does not count) or it carries a Home Office
-- child sexual offence code (bound as a list). Parameters: force (NULL: all) twice, codes.
WITH child_people AS (
    SELECT DISTINCT p.source, p.record_id
    FROM persons p
    JOIN records r ON r.source = p.source AND r.record_id = p.record_id
    WHERE p.role IN ('victim', 'subject')
      AND coalesce(
            extract(year FROM age(CAST(coalesce(r.occurred_from, r.recorded_at) AS DATE), p.dob)),
            p.age
          ) < 18
)
SELECT r.source, r.record_id, r.version, r.force, r.kind, r.source_type,
       d.supplier_flagged_cse, d.cse_met, d.flag_review, d.run_id AS decision_run_id,
       cse_band(d.decision, d.cse_met) AS cse_band  -- cse_band.sql
FROM records r
JOIN decisions d ON d.source = r.source AND d.record_id = r.record_id
LEFT JOIN child_people c ON c.source = r.source AND c.record_id = r.record_id
WHERE (CAST(? AS VARCHAR) IS NULL OR r.force = ?)
  AND (c.source IS NOT NULL OR list_has_any(coalesce(r.offence_codes, []), CAST(? AS VARCHAR[])))
ORDER BY r.source, r.record_id
