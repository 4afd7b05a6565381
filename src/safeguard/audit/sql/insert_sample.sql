-- The drawn records of a round, registered as __sg_audit_chosen.
INSERT INTO audit_sample (
    round_id, source, record_id, record_version, stratum, inclusion_probability, second_review,
    force, kind, supplier_flagged_cse, cse_met, flag_review, decision_run_id
)
SELECT round_id, source, record_id, version, stratum, inclusion_probability, second_review,
       force, kind, supplier_flagged_cse, cse_met, flag_review, decision_run_id
FROM __sg_audit_chosen
