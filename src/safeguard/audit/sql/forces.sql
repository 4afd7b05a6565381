-- The force areas that have records, for an error message that lists them.
SELECT DISTINCT force FROM records WHERE force IS NOT NULL ORDER BY force
