-- Entities of a full run, into the temporary table __sg_new_entities (replace_entities.sql
-- then brings `entities` to it): every mention in __sg_members (unique_id, cluster_id) placed
-- in its cluster, then every mention linkage cannot use (unidentified) as an entity of its own.
-- Confidence: a clustered mention's strongest edge inside its entity; a mention alone, one
-- minus its strongest edge to anyone (1 when it has none). Clerical decisions count as 1 or 0.
-- Parameters: run_id (pairs to read), run_id (to record).
CREATE OR REPLACE TEMP TABLE __sg_new_entities AS
WITH members AS (
    SELECT unique_id, cluster_id, count(*) OVER (PARTITION BY cluster_id) AS size
    FROM __sg_members
),
scored AS (
    SELECT mention_l, mention_r,
        CASE review WHEN 'match' THEN 1.0 WHEN 'non-match' THEN 0.0
            ELSE match_probability END AS p
    FROM match_pairs
    WHERE run_id = ?
),
edges AS (
    SELECT mention_l AS m, mention_r AS o, p FROM scored
    UNION ALL
    SELECT mention_r AS m, mention_l AS o, p FROM scored
),
best AS (
    SELECT e.m,
        max(e.p) FILTER (WHERE mo.cluster_id = mm.cluster_id) AS inside,
        max(e.p) FILTER (WHERE mo.cluster_id <> mm.cluster_id) AS outside
    FROM edges AS e
    JOIN members AS mm ON mm.unique_id = e.m
    JOIN members AS mo ON mo.unique_id = e.o
    GROUP BY e.m
)
SELECT
    regexp_extract(m.unique_id, '^([^/]+)/', 1) AS source,
    regexp_extract(m.unique_id, '^[^/]+/(.*)/[^/]+$', 1) AS record_id,
    regexp_extract(m.unique_id, '/([^/]+)$', 1) AS person_ref,
    'E-' || left(md5(m.cluster_id), 16) AS entity_id,
    CASE WHEN m.size > 1 THEN coalesce(b.inside, 1.0) ELSE 1.0 - coalesce(b.outside, 0.0) END
        AS confidence,
    m.size AS entity_size,
    true AS linked,
    CAST(? AS VARCHAR) AS run_id
FROM members AS m
LEFT JOIN best AS b ON b.m = m.unique_id
UNION ALL
SELECT p.source, p.record_id, p.ref,
    'E-' || left(md5(p.source || '/' || p.record_id || '/' || p.ref), 16),
    1.0, 1, false, ?
FROM persons AS p
WHERE NOT p.identified
