-- Current records with no decision (loaded after the last identify run).
SELECT count(*)
FROM records r
ANTI JOIN decisions d ON d.source = r.source AND d.record_id = r.record_id
