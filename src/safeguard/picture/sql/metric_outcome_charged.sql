-- outcome_charged: crimes meeting cse/1 whose Home Office outcome group is charged_or_summonsed.
SELECT force, recorded_at AS fact_date, key AS unit, outcome_group = 'charged_or_summonsed' AS num, true AS den,
       NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
