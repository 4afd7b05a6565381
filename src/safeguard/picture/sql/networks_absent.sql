-- No networks yet: empty stand-ins with the same columns, so every metric still runs.
CREATE OR REPLACE TEMP TABLE __sg_pic_networks (
    network_id VARCHAR, forces VARCHAR[], cross_force BOOLEAN, partner_only BOOLEAN,
    priority DOUBLE
);
CREATE OR REPLACE TEMP TABLE __sg_pic_network_children (network_id VARCHAR, entity_id VARCHAR);
CREATE OR REPLACE TEMP TABLE __sg_pic_network_members (
    network_id VARCHAR, entity_id VARCHAR, kind VARCHAR, role VARCHAR
);
