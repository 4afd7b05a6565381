-- Clerical decisions from __sg_decisions (one row per pair); a later decision on a pair
-- replaces the earlier one. Parameters: imported_run, decided_at.
INSERT INTO link_reviews (mention_l, mention_r, decision, reviewer, note, match_weight,
                          exported_run, imported_run, decided_at)
SELECT mention_l, mention_r, decision, reviewer, note, match_weight, exported_run, ?, ?
FROM __sg_decisions
ON CONFLICT (mention_l, mention_r) DO UPDATE SET
    decision = excluded.decision, reviewer = excluded.reviewer, note = excluded.note,
    match_weight = excluded.match_weight, exported_run = excluded.exported_run,
    imported_run = excluded.imported_run, decided_at = excluded.decided_at
