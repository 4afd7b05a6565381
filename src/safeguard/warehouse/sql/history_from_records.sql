-- Current versions displaced by a higher version in this batch move to history.
-- Parameters: the superseding run.
INSERT INTO record_history
SELECT r.source, r.record_id, r.version, r.content_hash, r.input_sha256, r.raw, 'superseded',
       r.run_id, ?, d.by_version, r.input_file, r.input_line
FROM records r
JOIN __sg_displaced d ON r.source = d.source AND r.record_id = d.record_id
