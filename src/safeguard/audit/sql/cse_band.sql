-- cse_band(decision, cse_met): where a record stands against cse/1, for stratifying a sample.
--   'met'      cse/1 is met;
--   'near'     not met, but the child criterion and at least two of the other three
--              (sexual_activity, exchange, coercion) are: where the misses on unseen text
--              gather (docs/decisions/0006-rules-on-unseen-writers.md, addendum);
--   'not met'  the rest.
-- Read from the decision's own criteria, so it is the decision model's and needs no column.
CREATE OR REPLACE TEMP MACRO cse_band(decision, cse_met) AS
CASE
    WHEN cse_met THEN 'met'
    WHEN (
        SELECT count(*) FILTER (WHERE json_extract_string(c, '$.id') = 'child'
                                  AND CAST(json_extract(c, '$.met') AS BOOLEAN)) = 1
           AND count(*) FILTER (WHERE json_extract_string(c, '$.id') <> 'child'
                                  AND CAST(json_extract(c, '$.met') AS BOOLEAN)) >= 2
        FROM unnest(CAST(json_extract(decision, '$.cse.criteria') AS JSON[])) AS criteria(c)
    ) THEN 'near'
    ELSE 'not met'
END
