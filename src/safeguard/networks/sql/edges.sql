-- The POLE graph's edges, one row per (from, to, type) with the records that evidence it.
-- Person to person: offender-side people in one record (co_offending, unordered), an
-- offender-side person to a victim or subject of their record (suspect_of), and every link the
-- supplier stated between two persons (its own type, as directed). Person to place and object:
-- the links stated (seen_at, drives, uses, ...), and for a place or object no link mentions,
-- each offender-side person of the record (same_record).
CREATE OR REPLACE TEMP TABLE __sg_net_things AS
SELECT source, record_id, ref, 'location' AS kind,
       'loc-' || left(md5(lower(coalesce(type, '')) || '|'
           || upper(replace(coalesce(postcode, ''), ' ', '')) || '|'
           || trim(regexp_replace(lower(coalesce(name, address, '')), '[^a-z0-9]+', ' ', 'g'))),
           12) AS node_id,
       coalesce(name, address, postcode) AS label, type AS subtype
FROM locations
WHERE coalesce(postcode, address) IS NOT NULL
   OR (name IS NOT NULL AND type NOT IN ('care_home', 'school', 'online', 'vehicle'))
UNION ALL
SELECT source, record_id, ref,
       CASE type WHEN 'online_account' THEN 'account' WHEN 'phone' THEN 'phone'
                 WHEN 'vehicle' THEN 'vehicle' ELSE 'object' END,
       'obj-' || left(md5(lower(coalesce(type, '')) || '|' || CASE
           WHEN type = 'phone' THEN regexp_replace(value, '[^0-9]', '', 'g')
           WHEN type = 'vehicle' THEN upper(regexp_replace(value, '[^A-Za-z0-9]', '', 'g'))
           ELSE lower(trim(value)) END), 12),
       value, type
FROM objects
WHERE value IS NOT NULL AND trim(value) <> '';

CREATE OR REPLACE TEMP TABLE __sg_net_raw_edges AS
WITH m AS (
    SELECT m.*, p.is_offender_side AND m.role IN ('suspect', 'associate') AS acts
    FROM __sg_net_mentions m JOIN __sg_net_people p USING (entity_id)
)
SELECT least(a.entity_id, b.entity_id) AS src, greatest(a.entity_id, b.entity_id) AS dst,
       'co_offending' AS type, a.source, a.record_id
FROM m a JOIN m b
  ON a.source = b.source AND a.record_id = b.record_id AND a.ref < b.ref
WHERE a.acts AND b.acts AND a.entity_id <> b.entity_id
UNION ALL
SELECT a.entity_id, b.entity_id, 'suspect_of', a.source, a.record_id
FROM m a JOIN m b ON a.source = b.source AND a.record_id = b.record_id
WHERE a.acts AND b.role IN ('victim', 'subject') AND a.entity_id <> b.entity_id
UNION ALL
SELECT coalesce(fp.entity_id, fn.node_id), coalesce(tp.entity_id, tn.node_id),
       coalesce(l.type, 'linked'), l.source, l.record_id
FROM links l
LEFT JOIN m fp ON fp.source = l.source AND fp.record_id = l.record_id AND fp.ref = l.from_ref
LEFT JOIN __sg_net_things fn
  ON fn.source = l.source AND fn.record_id = l.record_id AND fn.ref = l.from_ref
LEFT JOIN m tp ON tp.source = l.source AND tp.record_id = l.record_id AND tp.ref = l.to_ref
LEFT JOIN __sg_net_things tn
  ON tn.source = l.source AND tn.record_id = l.record_id AND tn.ref = l.to_ref
WHERE coalesce(fp.entity_id, fn.node_id) IS NOT NULL
  AND coalesce(tp.entity_id, tn.node_id) IS NOT NULL
  AND (fp.entity_id IS NOT NULL OR tp.entity_id IS NOT NULL)
UNION ALL
SELECT a.entity_id, n.node_id, 'same_record', a.source, a.record_id
FROM m a JOIN __sg_net_things n ON n.source = a.source AND n.record_id = a.record_id
WHERE a.acts AND NOT EXISTS (
    SELECT 1 FROM links l
    WHERE l.source = n.source AND l.record_id = n.record_id AND n.ref IN (l.from_ref, l.to_ref)
);

CREATE OR REPLACE TEMP TABLE __sg_net_edges AS
SELECT e.src, e.dst, e.type,
       list(DISTINCT e.source || '/' || e.record_id ORDER BY e.source || '/' || e.record_id)
           AS records,
       min(coalesce(r.occurred_from, r.recorded_at)) AS first_at,
       max(coalesce(r.occurred_from, r.recorded_at)) AS last_at
FROM __sg_net_raw_edges e
JOIN records r ON r.source = e.source AND r.record_id = e.record_id
GROUP BY e.src, e.dst, e.type;
