-- children_cse: each child meeting cse/1, where and when a record about them meets it.
SELECT force, recorded_at AS fact_date, entity_id AS unit, true AS num, false AS den, NULL AS value
FROM __sg_pic_child_met
