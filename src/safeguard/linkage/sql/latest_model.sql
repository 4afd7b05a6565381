-- The trained model of the most recent successful link run that trained or loaded one.
SELECT run_id, parameters
FROM runs
WHERE command = 'link' AND status = 'ok'
  AND json_extract(parameters, '$.model') IS NOT NULL
ORDER BY started_at DESC, run_id DESC
LIMIT 1
