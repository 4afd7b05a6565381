-- children_network: children (victim or subject under 18, or of unknown age, as identify
-- reads a child) named in records meeting organised-network/1.
SELECT r.force, r.recorded_at AS fact_date, m.entity_id AS unit, true AS num, false AS den,
       NULL AS value
FROM __sg_pic_records r
JOIN __sg_pic_mentions m USING (source, record_id)
WHERE r.network_met
  AND m.role IN ('victim', 'subject')
  AND coalesce(m.age, extract(year FROM age(CAST(r.event_at AS DATE), m.dob)), 0) < 18
