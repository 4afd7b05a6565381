-- An incremental run's outcome: entities merged by new links take one id (__sg_renames:
-- old_id, new_id); new mentions join (__sg_placed: unique_id, entity_id, confidence); mentions
-- linkage cannot use get entities of their own; sizes are counted again.
-- Parameters: run_id (renames), run_id (placed), run_id (unlinkable).
UPDATE entities SET entity_id = r.new_id, run_id = ?
FROM __sg_renames AS r
WHERE entities.entity_id = r.old_id;

DELETE FROM entities
WHERE source || '/' || record_id || '/' || person_ref IN (SELECT unique_id FROM __sg_placed);

INSERT INTO entities (source, record_id, person_ref, entity_id, confidence, entity_size,
                      linked, run_id)
SELECT
    regexp_extract(unique_id, '^([^/]+)/', 1),
    regexp_extract(unique_id, '^[^/]+/(.*)/[^/]+$', 1),
    regexp_extract(unique_id, '/([^/]+)$', 1),
    entity_id, confidence, 1, true, ?
FROM __sg_placed;

INSERT INTO entities (source, record_id, person_ref, entity_id, confidence, entity_size,
                      linked, run_id)
SELECT p.source, p.record_id, p.ref,
    'E-' || left(md5(p.source || '/' || p.record_id || '/' || p.ref), 16), 1.0, 1, false, ?
FROM persons AS p
ANTI JOIN entities AS e
    ON e.source = p.source AND e.record_id = p.record_id AND e.person_ref = p.ref
WHERE NOT p.identified;

UPDATE entities SET entity_size = s.size
FROM (SELECT entity_id, count(*) AS size FROM entities GROUP BY entity_id) AS s
WHERE entities.entity_id = s.entity_id AND entities.entity_size <> s.size;
