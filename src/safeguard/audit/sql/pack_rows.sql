-- What a review pack shows for each sampled record of a round: the record's facts, the people
-- by role and age at the event (never names or protected characteristics), the supplier's
-- flags and our decision. Parameter: round_id.
WITH people AS (
    SELECT p.source, p.record_id,
           string_agg(
               p.role
               || coalesce(' ' || CAST(coalesce(
                    extract(year FROM age(CAST(coalesce(r.occurred_from, r.recorded_at) AS DATE),
                                          p.dob)),
                    p.age) AS VARCHAR), ' (age not known)')
               || CASE WHEN p.identified THEN '' ELSE ', not identified' END,
               '; ' ORDER BY p.ordinal) AS people
    FROM persons p
    JOIN records r ON r.source = p.source AND r.record_id = p.record_id
    JOIN audit_sample s ON s.source = p.source AND s.record_id = p.record_id AND s.round_id = ?
    WHERE p.role NOT IN ('witness', 'reporter')
    GROUP BY ALL
)
SELECT s.source, s.record_id, s.second_review, s.force, r.source_type, s.kind,
       CAST(r.recorded_at AS DATE) AS recorded, CAST(r.occurred_from AS DATE) AS occurred,
       r.offence_codes, coalesce(pe.people, '') AS people, r.flags,
       s.supplier_flagged_cse, s.cse_met, d.decision, coalesce(r.narrative, '') AS narrative
FROM audit_sample s
JOIN records r ON r.source = s.source AND r.record_id = s.record_id
LEFT JOIN decisions d ON d.source = s.source AND d.record_id = s.record_id
LEFT JOIN people pe ON pe.source = s.source AND pe.record_id = s.record_id
WHERE s.round_id = ?
ORDER BY s.source, s.record_id
