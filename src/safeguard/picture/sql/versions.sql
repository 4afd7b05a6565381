-- The definition versions the current decisions used, with how many records each decided.
SELECT 'cse' AS definition, cse_definition AS version, count(*) AS records
FROM decisions GROUP BY cse_definition
UNION ALL
SELECT 'organised-network', network_definition, count(*)
FROM decisions GROUP BY network_definition
ORDER BY definition, version
