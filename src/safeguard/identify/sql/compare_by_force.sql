-- Per force area: records and children meeting each definition beside the supplier's flags.
-- A partner record counts in the force area it serves; a child counts in every area where a
-- record about them meets cse/1.
WITH d AS (
    SELECT coalesce(r.force, '(no force)') AS force, d.*
    FROM decisions d JOIN records r USING (source, record_id)
),
children AS (
    SELECT coalesce(r.force, '(no force)') AS force,
           count(DISTINCT c.entity_id) AS children_cse
    FROM child_decisions c,
         unnest(CAST(c.met_records AS VARCHAR[])) AS m(mention)
    JOIN records r ON r.source || '/' || r.record_id = m.mention
    WHERE c.cse_met
    GROUP BY ALL
)
SELECT d.force,
       count(*) AS records,
       count(*) FILTER (WHERE d.cse_met) AS records_cse,
       coalesce(any_value(children.children_cse), 0) AS children_cse,
       count(*) FILTER (WHERE d.network_met) AS records_organised_network,
       count(*) FILTER (WHERE d.supplier_flagged_cse) AS supplier_cse_flags,
       count(*) FILTER (WHERE d.flag_review = 'missed') AS missed,
       count(*) FILTER (WHERE d.flag_review = 'over-flagged') AS over_flagged
FROM d LEFT JOIN children USING (force)
GROUP BY d.force
ORDER BY records_cse DESC, d.force
