-- Records whose two reviews differ, with both reviews, the resolution if any and the narrative.
-- Parameter: round_id (NULL: every round).
SELECT a.round_id, a.source, a.record_id,
       a.determination, a.reviewer, a.comment,
       b.determination, b.reviewer, b.comment,
       coalesce(r.narrative, '') AS narrative,
       z.determination AS resolved, z.resolver, z.note
FROM audit_reviews a
JOIN audit_reviews b
  ON b.round_id = a.round_id AND b.source = a.source AND b.record_id = a.record_id
 AND b.review = 2
LEFT JOIN records r ON r.source = a.source AND r.record_id = a.record_id
LEFT JOIN audit_resolutions z
  ON z.round_id = a.round_id AND z.source = a.source AND z.record_id = a.record_id
WHERE a.review = 1 AND a.determination <> b.determination
  AND (CAST(? AS INTEGER) IS NULL OR a.round_id = ?)
ORDER BY a.round_id, a.source, a.record_id
