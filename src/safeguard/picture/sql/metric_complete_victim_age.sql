-- complete_victim_age: victim and subject mentions in records meeting cse/1 with an age or
-- a date of birth.
SELECT r.force, r.recorded_at AS fact_date, r.key || '/' || m.ref AS unit,
       m.dob IS NOT NULL OR m.age IS NOT NULL AS num, true AS den, NULL AS value
FROM __sg_pic_records r
JOIN __sg_pic_mentions m USING (source, record_id)
WHERE r.cse_met AND m.role IN ('victim', 'subject')
