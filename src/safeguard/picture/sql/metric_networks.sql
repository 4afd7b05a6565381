-- networks: organised networks (meeting organised-network/1), in every force area they span.
SELECT f.force, NULL AS fact_date, n.network_id AS unit, true AS num, false AS den, NULL AS value
FROM __sg_pic_networks n,
     unnest(CASE WHEN len(n.forces) > 0 THEN n.forces ELSE ['(no force)'] END) AS f(force)
