-- Lines that broke the contract, or conflicted, with their input file. Parameters: run id.
INSERT INTO quarantine
SELECT ?, f.path, q.line, q.source, q.record_id, q.field, q.reason, q.problems, q.raw
FROM __sg_quarantine q
JOIN __sg_files f ON q.file = f.file
