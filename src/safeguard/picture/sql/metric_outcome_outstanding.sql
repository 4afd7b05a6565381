-- outcome_outstanding: crimes meeting cse/1 whose Home Office outcome group is outstanding.
SELECT force, recorded_at AS fact_date, key AS unit, outcome_group = 'outstanding' AS num, true AS den,
       NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
