-- children_partner_only: children meeting cse/1 with no police record about them.
SELECT c.force, c.recorded_at AS fact_date, c.entity_id AS unit, p.entity_id IS NULL AS num,
       false AS den, NULL AS value
FROM __sg_pic_child_met c
LEFT JOIN (
    SELECT DISTINCT entity_id FROM __sg_pic_child_records WHERE source_type = 'police'
) p ON p.entity_id = c.entity_id
