-- arrests: arrests recorded on records meeting cse/1.
SELECT r.force, r.recorded_at AS fact_date, r.key || '#' || a.ordinal AS unit, true AS num,
       false AS den, NULL AS value
FROM arrests a
JOIN __sg_pic_records r USING (source, record_id)
WHERE r.cse_met
