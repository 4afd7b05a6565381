-- children_in_networks: distinct children of organised networks, in each area spanned.
SELECT f.force, NULL AS fact_date, c.entity_id AS unit, true AS num, false AS den, NULL AS value
FROM __sg_pic_networks n
JOIN __sg_pic_network_children c USING (network_id),
     unnest(CASE WHEN len(n.forces) > 0 THEN n.forces ELSE ['(no force)'] END) AS f(force)
