-- outcome_no_suspect: crimes meeting cse/1 whose Home Office outcome group is no_suspect_identified.
SELECT force, recorded_at AS fact_date, key AS unit, outcome_group = 'no_suspect_identified' AS num, true AS den,
       NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
