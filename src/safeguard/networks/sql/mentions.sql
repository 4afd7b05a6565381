-- Every person mention with its entity (linkage; else the mention is a person of its own),
-- its age at the event and the record's date. Then each person entity's kind in the graph:
-- a child is ever a victim or subject under 18 (or of unknown age, as identification counts
-- them); an offender-side person is ever a suspect or associate and never such a child.
-- Never reads sex, ethnicity, nationality or religion.
CREATE OR REPLACE TEMP TABLE __sg_net_mentions AS
SELECT p.source, p.record_id, p.ref, p.role, p.identified,
       coalesce(e.entity_id, p.source || '/' || p.record_id || '/' || p.ref) AS entity_id,
       coalesce(
           p.age,
           extract(year FROM age(CAST(coalesce(r.occurred_from, r.recorded_at) AS DATE), p.dob))
       ) AS age_at,
       nullif(trim(concat_ws(' ', p.forename, p.surname)), '') AS name
FROM persons p
JOIN records r ON r.source = p.source AND r.record_id = p.record_id
LEFT JOIN entities e
  ON e.source = p.source AND e.record_id = p.record_id AND e.person_ref = p.ref;

-- label: the name most often recorded (ties: the first in sort order, so runs agree).
CREATE OR REPLACE TEMP TABLE __sg_net_people AS
WITH names AS (
    SELECT entity_id, name, count(*) AS n FROM __sg_net_mentions
    WHERE name IS NOT NULL GROUP BY ALL
)
SELECT m.entity_id,
       bool_or(m.role IN ('victim', 'subject') AND coalesce(m.age_at, 0) < 18) AS is_child,
       bool_or(m.role IN ('suspect', 'associate')) AS is_offender_side,
       bool_or(m.identified) AS identified,
       any_value(l.name) AS label
FROM __sg_net_mentions m
LEFT JOIN (
    SELECT entity_id, arg_min(name, (-n, name)) AS name FROM names GROUP BY entity_id
) l USING (entity_id)
GROUP BY m.entity_id;
