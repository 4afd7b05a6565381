-- Lines that broke the contract, or conflicted. Parameters: run id, input file.
INSERT INTO quarantine
SELECT ?, ?, q.line, q.source, q.record_id, q.field, q.reason, q.problems, q.raw
FROM __sg_quarantine q
