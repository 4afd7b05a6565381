-- Entities rows of mentions no longer in the warehouse (their record superseded without them).
DELETE FROM entities AS e
WHERE NOT EXISTS (
    SELECT 1 FROM persons AS p
    WHERE p.source = e.source AND p.record_id = e.record_id AND p.ref = e.person_ref
)
