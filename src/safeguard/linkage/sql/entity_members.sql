-- Every mention placed in an entity, by key, with its entity.
SELECT source || '/' || record_id || '/' || person_ref AS unique_id, entity_id
FROM entities
WHERE linked
