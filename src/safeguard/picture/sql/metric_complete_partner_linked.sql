-- complete_partner_linked: children meeting cse/1 with a partner agency's record in their
-- linked history.
SELECT c.force, c.recorded_at AS fact_date, c.entity_id AS unit, p.entity_id IS NOT NULL AS num,
       true AS den, NULL AS value
FROM __sg_pic_child_met c
LEFT JOIN (
    SELECT DISTINCT entity_id FROM __sg_pic_child_records WHERE source_type <> 'police'
) p ON p.entity_id = c.entity_id
