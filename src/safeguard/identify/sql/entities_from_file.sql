-- A stand-in for linkage: who is who, from a file (e.g. the generator's truth/mentions.parquet)
-- read into the view __sg_entities_file. {entity} is entity_id or person_id, never user input.
CREATE OR REPLACE TEMP VIEW __sg_entities AS
SELECT CAST(source AS VARCHAR) AS source, CAST(record_id AS VARCHAR) AS record_id,
       CAST(person_ref AS VARCHAR) AS person_ref, CAST({entity} AS VARCHAR) AS entity_id
FROM __sg_entities_file
