-- Each group's records: those in which a member appears, or a child of the group is the
-- victim or subject. `acting`: a member acts (suspect or associate) in it. `exploitation`: the
-- record meets cse/1, or a child of the group who meets cse/1 is its victim or subject.
WITH hits AS (
    SELECT n.group_no, m.source, m.record_id,
           bool_or(n.part = 'member' AND m.role IN ('suspect', 'associate')) AS acting,
           bool_or(n.part = 'child' AND m.role IN ('victim', 'subject')
                   AND coalesce(c.cse_met, false)) AS child_met
    FROM __sg_net_mentions m
    JOIN __sg_net_nodes n ON n.node_id = m.entity_id
    LEFT JOIN child_decisions c ON c.entity_id = m.entity_id
    WHERE n.part = 'member' OR (n.part = 'child' AND m.role IN ('victim', 'subject'))
    GROUP BY ALL
)
SELECT h.group_no, h.source || '/' || h.record_id AS record, h.source, h.record_id, r.force,
       r.source_type, r.kind, coalesce(r.occurred_from, r.recorded_at) AS occurred_at,
       coalesce(d.cse_met, false) AS cse_met, h.acting,
       coalesce(d.cse_met, false) OR h.child_met AS exploitation,
       r.kind = 'crime' AND r.outcome_code IS NULL AS open_crime,
       list_contains(coalesce(r.flags, []), 'CSE') AS flagged
FROM hits h
JOIN records r ON r.source = h.source AND r.record_id = h.record_id
LEFT JOIN decisions d ON d.source = h.source AND d.record_id = h.record_id
ORDER BY h.group_no, occurred_at, record
