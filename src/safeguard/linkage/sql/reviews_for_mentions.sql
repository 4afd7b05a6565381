-- Clerical decisions (match / non-match) on pairs whose two mentions are both still present.
-- __sg_present (unique_id) holds the mention keys of this run.
SELECT v.mention_l AS unique_id_l, v.mention_r AS unique_id_r, v.decision
FROM link_reviews AS v
JOIN __sg_present AS a ON a.unique_id = v.mention_l
JOIN __sg_present AS b ON b.unique_id = v.mention_r
WHERE v.decision IN ('match', 'non-match')
ORDER BY v.mention_l, v.mention_r
