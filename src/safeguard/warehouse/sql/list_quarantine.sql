-- Quarantined lines of one run, in file and line order. Parameters: run id, limit.
SELECT run_id, input_file, input_line, source, record_id, field, reason, problems, raw
FROM quarantine
WHERE run_id = ?
ORDER BY input_file, input_line, field
LIMIT ?
