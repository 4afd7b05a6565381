-- Versions in this batch that are not current: stale ones, and ones superseded within the batch.
-- Parameters: input sha256, this run (loaded), this run (moved), input file.
INSERT INTO record_history
SELECT s.source, s.record_id, s.version, s.content_hash, ?, s.raw, d.reason, ?, ?,
       d.by_version, ?, s.input_line
FROM __sg_stage_records s JOIN __sg_decisions d ON s.seq = d.seq
WHERE d.fate = 'history'
