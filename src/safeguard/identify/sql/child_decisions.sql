-- A child meets cse/1 when any record about them (as victim or subject) does.
-- Parameter: the run id.
CREATE OR REPLACE TEMP TABLE __sg_children AS
SELECT c.entity_id,
       ? AS run_id,
       bool_or(p.cse_met) AS cse_met,
       max(p.cse_confidence) FILTER (WHERE p.cse_met) AS cse_confidence,
       count(*)::INTEGER AS records,
       to_json(coalesce(list(c.source || '/' || c.record_id ORDER BY c.source, c.record_id)
                        FILTER (WHERE p.cse_met), [])) AS met_records
FROM __sg_child c
JOIN __sg_pass p ON p.source = c.source AND p.record_id = c.record_id
GROUP BY c.entity_id
