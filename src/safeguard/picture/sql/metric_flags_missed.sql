-- flags_missed: meeting cse/1 without the supplier's CSE flag.
SELECT force, recorded_at AS fact_date, key AS unit, cse_met AND NOT flagged AS num, false AS den,
       NULL AS value
FROM __sg_pic_records
