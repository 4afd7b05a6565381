-- Current records counted by one dimension (kind, source_type or force), largest first.
-- The dimension is chosen by the caller from a fixed list; see _summary.py.
SELECT coalesce({dimension}, '(not given)') AS value, count(*) AS records
FROM records
GROUP BY ALL
ORDER BY records DESC, value
