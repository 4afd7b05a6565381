-- Versions in this batch that are not current: stale ones, and ones superseded within the batch.
-- Lineage comes from the batch's input files (__sg_files). Parameters: this run (loaded), this
-- run (moved).
INSERT INTO record_history
SELECT s.source, s.record_id, s.version, s.content_hash, f.sha256, s.raw, d.reason, ?, ?,
       d.by_version, f.path, s.input_line
FROM __sg_stage_records s
JOIN __sg_decisions d ON s.seq = d.seq
JOIN __sg_files f ON s.file = f.file
WHERE d.fate = 'history'
