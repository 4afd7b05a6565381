-- A full run's entities (__sg_new_entities) replace the table's rows: rows of mentions still
-- present are updated in place, the others deleted, new mentions inserted. (Deleting every
-- row and inserting them again in one transaction makes DuckDB check each key against the
-- deleted ones at commit: 70 s for a national year, against a few seconds this way.)
UPDATE entities SET entity_id = n.entity_id, confidence = n.confidence,
    entity_size = n.entity_size, linked = n.linked, run_id = n.run_id
FROM __sg_new_entities AS n
WHERE entities.source = n.source AND entities.record_id = n.record_id
  AND entities.person_ref = n.person_ref;

DELETE FROM entities AS e
WHERE NOT EXISTS (
    SELECT 1 FROM __sg_new_entities AS n
    WHERE n.source = e.source AND n.record_id = e.record_id AND n.person_ref = e.person_ref
);

INSERT INTO entities (source, record_id, person_ref, entity_id, confidence, entity_size,
                      linked, run_id)
SELECT n.source, n.record_id, n.person_ref, n.entity_id, n.confidence, n.entity_size,
    n.linked, n.run_id
FROM __sg_new_entities AS n
ANTI JOIN entities AS e
    ON e.source = n.source AND e.record_id = n.record_id AND e.person_ref = n.person_ref;

DROP TABLE __sg_new_entities;
