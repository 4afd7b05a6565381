-- One row per person mention of a file-mode run, in the order of the input file.
SELECT e.source, e.record_id, e.person_ref, e.entity_id, round(e.confidence, 4) AS confidence
FROM entities AS e
JOIN persons AS p ON p.source = e.source AND p.record_id = e.record_id AND p.ref = e.person_ref
JOIN records AS r ON r.source = e.source AND r.record_id = e.record_id
ORDER BY r.input_file, r.input_line, p.ordinal
