-- networks_cross_force: organised networks spanning two or more force areas.
SELECT f.force, NULL AS fact_date, n.network_id AS unit, n.cross_force AS num, false AS den,
       NULL AS value
FROM __sg_pic_networks n,
     unnest(CASE WHEN len(n.forces) > 0 THEN n.forces ELSE ['(no force)'] END) AS f(force)
