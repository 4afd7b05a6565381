-- records_network: current records whose decision meets organised-network/1.
SELECT force, recorded_at AS fact_date, key AS unit, network_met AS num, false AS den, NULL AS value
FROM __sg_pic_records
