-- The organised networks of the latest networks run (the networks stage owns the tables).
CREATE OR REPLACE TEMP VIEW __sg_pic_networks AS
SELECT network_id, forces, cross_force, partner_only, priority
FROM networks
WHERE meets_definition AND run_id = (SELECT max(run_id) FROM networks);

CREATE OR REPLACE TEMP VIEW __sg_pic_network_children AS
SELECT DISTINCT network_id, entity_id FROM network_children;

CREATE OR REPLACE TEMP VIEW __sg_pic_network_members AS
SELECT network_id, entity_id, kind, role FROM network_members;
