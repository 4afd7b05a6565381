-- A label and kind for every node of every group: the name most often recorded for a
-- person, a place's name (or address), an object's value (first in sort order: runs agree).
SELECT DISTINCT n.node_id, 'person' AS kind, p.label, p.identified
FROM __sg_net_nodes n JOIN __sg_net_people p ON p.entity_id = n.node_id
UNION ALL
SELECT node_id, any_value(kind), arg_min(label, label), true
FROM __sg_net_things
WHERE node_id IN (SELECT node_id FROM __sg_net_nodes WHERE part = 'thing')
GROUP BY node_id
