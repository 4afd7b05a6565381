-- complete_suspect_identified: crimes meeting cse/1 naming at least one identified suspect.
SELECT r.force, r.recorded_at AS fact_date, r.key AS unit, coalesce(s.identified, false) AS num,
       true AS den, NULL AS value
FROM __sg_pic_records r
LEFT JOIN (
    SELECT source, record_id, bool_or(identified) AS identified
    FROM __sg_pic_mentions WHERE role = 'suspect' GROUP BY source, record_id
) s USING (source, record_id)
WHERE r.cse_met AND r.kind = 'crime'
