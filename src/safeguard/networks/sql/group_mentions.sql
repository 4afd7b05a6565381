-- Every person node's mentions in its group's records, and each node's label.
SELECT n.group_no, n.node_id, n.part, m.source, m.record_id, m.ref, m.role, m.identified
FROM __sg_net_nodes n
JOIN __sg_net_mentions m ON m.entity_id = n.node_id
WHERE n.part <> 'thing'
ORDER BY n.group_no, n.node_id, m.source, m.record_id, m.ref
