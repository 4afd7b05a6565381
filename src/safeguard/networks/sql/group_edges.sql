-- The edges within each group: both ends are nodes of the group, at least one a member.
SELECT a.group_no, e.src, e.dst, e.type, e.records, e.first_at, e.last_at
FROM __sg_net_edges e
JOIN __sg_net_nodes a ON a.node_id = e.src
JOIN __sg_net_nodes b ON b.node_id = e.dst AND b.group_no = a.group_no
WHERE a.part = 'member' OR b.part = 'member'
ORDER BY a.group_no, e.src, e.dst, e.type
