-- Each sampled record of a round with its reviews and the determination the estimates use:
-- the resolution if there is one; else the reviews when they agree (or the only review);
-- NULL when unreviewed or when two reviews differ and are not yet resolved. Parameter: round.
SELECT s.stratum, s.force, s.supplier_flagged_cse, s.cse_met,
       a.determination AS first, b.determination AS second,
       CASE
           WHEN z.determination IS NOT NULL THEN z.determination
           WHEN a.determination IS NULL THEN b.determination
           WHEN b.determination IS NULL OR a.determination = b.determination THEN a.determination
       END AS final,
       (a.determination <> b.determination AND z.determination IS NULL) IS TRUE AS unresolved
FROM audit_sample s
LEFT JOIN audit_reviews a
  ON a.round_id = s.round_id AND a.source = s.source AND a.record_id = s.record_id AND a.review = 1
LEFT JOIN audit_reviews b
  ON b.round_id = s.round_id AND b.source = s.source AND b.record_id = s.record_id AND b.review = 2
LEFT JOIN audit_resolutions z
  ON z.round_id = s.round_id AND z.source = s.source AND z.record_id = s.record_id
WHERE s.round_id = ?
ORDER BY s.source, s.record_id
