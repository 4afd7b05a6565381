-- The nodes of each detected group (__sg_net_groups: group_no, entity_id, its members):
-- its members; the children they act towards (suspect_of, a stated link; never only a shared
-- record); the places and objects linked to them. Groups with no child are dropped: they
-- cannot meet organised-network/1.
CREATE OR REPLACE TEMP TABLE __sg_net_children AS
SELECT DISTINCT g.group_no, e.dst AS node_id
FROM __sg_net_edges e
JOIN __sg_net_groups g ON g.entity_id = e.src
JOIN __sg_net_people p ON p.entity_id = e.dst AND p.is_child
WHERE e.type <> 'co_offending'
UNION
SELECT DISTINCT g.group_no, e.src
FROM __sg_net_edges e
JOIN __sg_net_groups g ON g.entity_id = e.dst
JOIN __sg_net_people p ON p.entity_id = e.src AND p.is_child
WHERE e.type <> 'co_offending';

CREATE OR REPLACE TEMP TABLE __sg_net_nodes AS
SELECT g.group_no, g.entity_id AS node_id, 'member' AS part
FROM __sg_net_groups g
WHERE g.group_no IN (SELECT group_no FROM __sg_net_children)
UNION ALL
SELECT group_no, node_id, 'child' FROM __sg_net_children
UNION ALL
SELECT DISTINCT g.group_no, e.dst, 'thing'
FROM __sg_net_edges e
JOIN __sg_net_groups g ON g.entity_id = e.src
WHERE (e.dst LIKE 'loc-%' OR e.dst LIKE 'obj-%')
  AND g.group_no IN (SELECT group_no FROM __sg_net_children);
