-- Records that do not meet cse/1 on their own but are about a child who meets it elsewhere:
-- their decision, the child's confidence and the records that met it.
SELECT p.decision,
       max(ch.cse_confidence) AS confidence,
       flatten(list(CAST(ch.met_records AS VARCHAR[]))) AS cited
FROM __sg_pass p
JOIN __sg_child c ON c.source = p.source AND c.record_id = p.record_id
JOIN __sg_children ch ON ch.entity_id = c.entity_id
WHERE NOT p.cse_met AND ch.cse_met
GROUP BY p.source, p.record_id, p.decision
ORDER BY p.source, p.record_id
