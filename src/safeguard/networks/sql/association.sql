-- Association between offender-side people, the edges group detection works on, weighted:
-- 1 per record in which they act together or which states a link between them; for each
-- phone, vehicle or account both are linked to, and each child both act towards (in records
-- of their own: a child passed from one man to another), 1 / (its users - 1), so that one
-- thing adds as much to each user's ties however many share it. A phone, vehicle, account or child
-- that more than `max_shared` identified people share is left out (a taxi office's phone
-- joins strangers); unidentified mentions do not count towards that, since each is one
-- mention of someone. Parameter: max_shared.
WITH side AS (
    SELECT entity_id, identified FROM __sg_net_people WHERE is_offender_side AND NOT is_child
),
pairs AS (
    SELECT least(src, dst) AS a, greatest(src, dst) AS b, len(records) * 1.0 AS w
    FROM __sg_net_edges
    WHERE type NOT IN ('suspect_of', 'same_record') AND src <> dst
      AND src IN (SELECT entity_id FROM side) AND dst IN (SELECT entity_id FROM side)
),
uses AS (
    SELECT DISTINCT e.src AS person, e.dst AS thing, s.identified
    FROM __sg_net_edges e JOIN side s ON s.entity_id = e.src
    WHERE e.dst LIKE 'obj-%' AND e.type <> 'same_record'
    UNION ALL
    SELECT DISTINCT e.src, e.dst, s.identified
    FROM __sg_net_edges e JOIN side s ON s.entity_id = e.src
    JOIN __sg_net_people c ON c.entity_id = e.dst AND c.is_child
    WHERE e.type <> 'co_offending'
),
shared AS (
    SELECT thing, count(*) AS users FROM uses GROUP BY thing
    HAVING count(*) >= 2 AND count(*) FILTER (identified) <= ?
),
things AS (
    SELECT least(u.person, v.person) AS a, greatest(u.person, v.person) AS b,
           1.0 / (s.users - 1) AS w
    FROM uses u JOIN uses v ON u.thing = v.thing AND u.person < v.person
    JOIN shared s ON s.thing = u.thing
)
SELECT a, b, sum(w) AS weight
FROM (SELECT * FROM pairs UNION ALL SELECT * FROM things)
GROUP BY a, b
ORDER BY a, b
