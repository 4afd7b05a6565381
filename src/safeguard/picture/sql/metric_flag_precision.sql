-- flag_precision: of the records flagged CSE, those meeting cse/1.
SELECT force, recorded_at AS fact_date, key AS unit, flagged AND cse_met AS num, flagged AS den,
       NULL AS value
FROM __sg_pic_records
