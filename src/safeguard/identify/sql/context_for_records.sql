-- Records whose child has evidence in the child's OTHER records, with that evidence
-- (the child's age from another record only where this record has none)
-- (at most 60 items a record, the most varied first, so a huge history stays bounded).
WITH other AS (
    SELECT DISTINCT c.source, c.record_id, ev.indicator, ev.source AS ev_source,
           ev.record_id AS ev_record_id, ev.text
    FROM __sg_child c
    JOIN __sg_child o
      ON o.entity_id = c.entity_id
     AND (o.source <> c.source OR o.record_id <> c.record_id)
    JOIN __sg_evidence ev ON ev.source = o.source AND ev.record_id = o.record_id
    -- the child's age elsewhere is needed only where this record gives none
    WHERE ev.indicator <> 'child'
       OR NOT EXISTS (SELECT 1 FROM persons p
                      WHERE p.source = c.source AND p.record_id = c.record_id
                        AND p.role IN ('victim', 'subject')
                        AND (p.age IS NOT NULL OR p.dob IS NOT NULL))
),
ranked AS (
    SELECT *, row_number() OVER (PARTITION BY source, record_id, indicator
                                 ORDER BY ev_source, ev_record_id) AS nth
    FROM other
)
SELECT row_number() OVER (ORDER BY r.source, r.record_id) AS n, r.raw,
       list({'indicator': k.indicator, 'source': k.ev_source, 'record_id': k.ev_record_id,
             'text': k.text} ORDER BY k.indicator, k.ev_source, k.ev_record_id) AS items
FROM ranked k
JOIN records r ON r.source = k.source AND r.record_id = k.record_id
WHERE k.nth <= 6
GROUP BY r.source, r.record_id, r.raw
