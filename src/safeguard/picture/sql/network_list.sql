-- The organised networks, highest priority first, with the people and children in each.
-- Parameter: how many.
SELECT n.network_id,
       array_to_string(list_sort(n.forces), ', ') AS forces,
       n.cross_force,
       n.partner_only,
       round(n.priority, 3) AS priority,
       (SELECT count(DISTINCT m.entity_id) FROM __sg_pic_network_members m
        WHERE m.network_id = n.network_id AND m.kind = 'person') AS people,
       (SELECT count(DISTINCT c.entity_id) FROM __sg_pic_network_children c
        WHERE c.network_id = n.network_id) AS children
FROM __sg_pic_networks n
ORDER BY n.priority DESC NULLS LAST, n.network_id
LIMIT ?
