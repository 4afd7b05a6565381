-- Versions in this batch that end up current, with their input file (__sg_files) as lineage.
-- Parameters: run id.
INSERT INTO records
SELECT s.source, s.record_id, s.version, s.format, s.source_type, s.force, s.kind,
       s.recorded_at, s.occurred_from, s.occurred_to, s.offence_codes, s.narrative, s.flags,
       s.outcome_code, s.outcome_at, s.classification, s.extra, s.raw, s.content_hash,
       ?, f.path, f.sha256, s.input_line
FROM __sg_stage_records s
JOIN __sg_decisions d ON s.seq = d.seq
JOIN __sg_files f ON s.file = f.file
WHERE d.fate = 'current'
