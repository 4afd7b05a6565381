-- Versions in this batch that end up current. Parameters: run id, input file, its sha256.
INSERT INTO records
SELECT s.source, s.record_id, s.version, s.format, s.source_type, s.force, s.kind,
       s.recorded_at, s.occurred_from, s.occurred_to, s.offence_codes, s.narrative, s.flags,
       s.outcome_code, s.outcome_at, s.classification, s.extra, s.raw, s.content_hash,
       ?, ?, ?, s.input_line
FROM __sg_stage_records s JOIN __sg_decisions d ON s.seq = d.seq
WHERE d.fate = 'current'
