-- The rounds to report, oldest first. Parameter: round_id (NULL: all) twice.
SELECT round_id, name, round_date, frame, force, stratify, population
FROM audit_rounds
WHERE CAST(? AS INTEGER) IS NULL OR round_id = ?
ORDER BY round_date, round_id
