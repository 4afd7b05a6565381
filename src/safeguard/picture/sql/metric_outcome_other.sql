-- outcome_other: crimes meeting cse/1 with an assigned outcome outside the named groups.
SELECT force, recorded_at AS fact_date, key AS unit,
       outcome_group NOT IN ('charged_or_summonsed', 'evidential_difficulties',
                             'no_suspect_identified', 'diversion', 'outstanding') AS num,
       true AS den, NULL AS value
FROM __sg_pic_records
WHERE cse_met AND kind = 'crime'
