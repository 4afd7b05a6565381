-- Parameter: the run id. Definition versions come from each decision itself.
INSERT INTO decisions
SELECT source, record_id, ?, json_extract_string(decision, '$.cse.definition'), cse_met,
       cse_confidence, json_extract_string(decision, '$.organised_network.definition'),
       network_met, supplier_flagged_cse, flag_review, basis, decision
FROM __sg_pass
