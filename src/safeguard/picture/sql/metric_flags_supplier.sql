-- flags_supplier: records carrying the supplier's CSE flag.
SELECT force, recorded_at AS fact_date, key AS unit, flagged AS num, false AS den, NULL AS value
FROM __sg_pic_records
