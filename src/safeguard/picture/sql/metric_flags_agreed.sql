-- flags_agreed: flagged CSE by the supplier and meeting cse/1.
SELECT force, recorded_at AS fact_date, key AS unit, flagged AND cse_met AS num, false AS den,
       NULL AS value
FROM __sg_pic_records
