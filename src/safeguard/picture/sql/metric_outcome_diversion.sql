-- outcome_diversion: crimes meeting cse/1 whose Home Office outcome group is diversion.
SELECT force, recorded_at AS fact_date, key AS unit, outcome_group = 'diversion' AS num, true AS den,
       NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
