-- actions_per_child: safeguarding actions naming a child who meets cse/1 (numerator, each
-- dated and placed by its record) over the children meeting cse/1 (denominator).
SELECT force, recorded_at AS fact_date, entity_id AS unit, false AS num, true AS den, 0.0 AS value
FROM __sg_pic_child_met
UNION ALL
SELECT r.force, r.recorded_at AS fact_date, m.entity_id AS unit, true AS num, false AS den,
       1.0 AS value
FROM actions a
JOIN __sg_pic_mentions m
  ON m.source = a.source AND m.record_id = a.record_id AND m.ref = a.person_ref
JOIN __sg_pic_records r ON r.source = a.source AND r.record_id = a.record_id
WHERE m.entity_id IN (SELECT entity_id FROM __sg_pic_child_met)
