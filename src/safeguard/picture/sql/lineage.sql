-- The run lineage: every run that made the warehouse's data (reports read it), newest first.
SELECT run_id, command, started_at, finished_at, round(duration_s, 1) AS duration_s, status,
       safeguard_version, format_version, schema_version,
       CAST(parameters AS VARCHAR) AS parameters, CAST(counts AS VARCHAR) AS counts
FROM runs
WHERE command <> 'report'
ORDER BY started_at DESC, run_id DESC
