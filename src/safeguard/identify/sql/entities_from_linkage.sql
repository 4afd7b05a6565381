-- Who is who, from the linkage stage.
CREATE OR REPLACE TEMP VIEW __sg_entities AS
SELECT source, record_id, person_ref, entity_id FROM entities
