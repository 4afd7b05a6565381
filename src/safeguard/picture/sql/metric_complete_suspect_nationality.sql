-- complete_suspect_nationality: suspect mentions in records meeting cse/1 whose nationality is recorded
-- (not blank and not one of the "not recorded" values in metrics.yaml). Completeness only.
SELECT r.force, r.recorded_at AS fact_date, r.key || '/' || m.ref AS unit,
       NOT list_contains((SELECT not_recorded FROM __sg_pic_settings),
                         lower(trim(coalesce(m.nationality, '')))) AS num,
       true AS den, NULL AS value
FROM __sg_pic_records r
JOIN __sg_pic_mentions m USING (source, record_id)
WHERE r.cse_met AND m.role = 'suspect'
