-- Versions already in the warehouse for the keys of the staged batch: current and historic.
WITH keys AS (SELECT DISTINCT source, record_id FROM __sg_stage_records)
SELECT r.source, r.record_id, r.version, r.content_hash, TRUE AS is_current
FROM records r JOIN keys k ON r.source = k.source AND r.record_id = k.record_id
UNION ALL
SELECT h.source, h.record_id, h.version, h.content_hash, FALSE AS is_current
FROM record_history h JOIN keys k ON h.source = k.source AND h.record_id = k.record_id
