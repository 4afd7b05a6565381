-- days_to_charge_p90: days from recording to charge, for charged crimes meeting cse/1.
SELECT force, recorded_at AS fact_date, key AS unit, true AS num, false AS den,
       date_diff('day', recorded_at, outcome_at) AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime' AND outcome_group = 'charged_or_summonsed'
  AND outcome_at IS NOT NULL
