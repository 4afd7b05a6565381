-- Files completely loaded by a successful ingest run read with the same profile (NULL: exchange
-- files), each SHA-256 with the first run that loaded it. A file a run skipped does not count:
-- the run that read it does. Parameters: profile.
WITH inputs AS (
    SELECT r.run_id, r.started_at,
           unnest(from_json(r.inputs, '[{"sha256": "VARCHAR", "status": "VARCHAR"}]')) AS input
    FROM runs r
    WHERE r.command = 'ingest' AND r.status = 'ok'
      AND (r.parameters ->> 'profile') IS NOT DISTINCT FROM ?
)
SELECT input.sha256 AS sha256, arg_min(run_id, (started_at, run_id)) AS run_id
FROM inputs
WHERE coalesce(input.status, 'loaded') = 'loaded'
GROUP BY input.sha256
