-- open_over_12_months: crimes meeting cse/1 with no outcome, recorded more than 365 days
-- before the report's as-at date.
SELECT force, recorded_at AS fact_date, key AS unit,
       outcome_group = 'outstanding'
         AND recorded_at < (SELECT as_at FROM __sg_pic_settings) - INTERVAL 365 DAY AS num,
       false AS den, NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
