-- No linkage yet: every mention is a person of its own, so no record lends context to another.
CREATE OR REPLACE TEMP VIEW __sg_entities AS
SELECT source, record_id, ref AS person_ref,
       source || '/' || record_id || '/' || ref AS entity_id
FROM persons
