-- records: every current record.
SELECT force, recorded_at AS fact_date, key AS unit, true AS num, false AS den, NULL AS value
FROM __sg_pic_records
