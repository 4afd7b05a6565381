-- identification_accuracy: of the records meeting cse/1, those the supplier flagged CSE.
SELECT force, recorded_at AS fact_date, key AS unit, cse_met AND flagged AS num, cse_met AS den,
       NULL AS value
FROM __sg_pic_records
