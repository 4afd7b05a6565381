-- The indicators frame: current records with a decision that show any sign of exploitation:
-- evidence cited by the decision for cse/1's sexual_activity, exchange or coercion criteria or
-- for organised-network/1's involved_in_cse (the child criterion alone is not a sign), or a
-- supplier flag CSE or CCE (any case). Parameters: force (NULL: all) twice.
WITH evidenced AS (
    SELECT d.source, d.record_id
    FROM decisions d
    WHERE EXISTS (
        SELECT 1
        FROM unnest(list_concat(
                CAST(json_extract(d.decision, '$.cse.criteria') AS JSON[]),
                CAST(json_extract(d.decision, '$.organised_network.criteria') AS JSON[])
             )) AS c(criterion)
        WHERE json_extract_string(criterion, '$.id')
              IN ('sexual_activity', 'exchange', 'coercion', 'involved_in_cse')
          AND json_array_length(criterion, '$.evidence') > 0
    )
)
SELECT r.source, r.record_id, r.version, r.force, r.kind, r.source_type,
       d.supplier_flagged_cse, d.cse_met, d.flag_review, d.run_id AS decision_run_id,
       cse_band(d.decision, d.cse_met) AS cse_band  -- cse_band.sql
FROM records r
JOIN decisions d ON d.source = r.source AND d.record_id = r.record_id
LEFT JOIN evidenced e ON e.source = r.source AND e.record_id = r.record_id
WHERE (CAST(? AS VARCHAR) IS NULL OR r.force = ?)
  AND (e.source IS NOT NULL
       OR EXISTS (SELECT 1 FROM unnest(r.flags) AS f(flag) WHERE upper(flag) IN ('CSE', 'CCE')))
ORDER BY r.source, r.record_id
