-- Swap in the decisions staged in __sg_replacements, then empty the staging table.
DELETE FROM __sg_pass USING __sg_replacements n
WHERE __sg_pass.source = n.source AND __sg_pass.record_id = n.record_id;
INSERT INTO __sg_pass SELECT * FROM __sg_replacements;
DELETE FROM __sg_replacements;
