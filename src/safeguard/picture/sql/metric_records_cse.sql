-- records_cse: current records whose decision meets cse/1.
SELECT force, recorded_at AS fact_date, key AS unit, cse_met AS num, false AS den, NULL AS value
FROM __sg_pic_records
