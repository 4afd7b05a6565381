-- Pairs in the uncertain band not yet decided, most uncertain first, with what a reviewer needs
-- to decide them. No protected characteristic (sex, ethnicity, nationality) is shown.
-- Parameters: band low, band high, threshold, limit.
WITH mentions AS (
    SELECT p.source || '/' || p.record_id || '/' || p.ref AS mention,
        p.role, p.forename, p.surname, array_to_string(p.aliases, '; ') AS aliases,
        CAST(p.dob AS VARCHAR) AS dob, p.age, p.postcode, p.address, p.phone, p.email,
        CAST(p.identifiers AS VARCHAR) AS identifiers,
        r.kind, r.force AS area, CAST(coalesce(r.occurred_from, r.recorded_at) AS DATE) AS event_date
    FROM persons AS p
    JOIN records AS r ON r.source = p.source AND r.record_id = p.record_id
    WHERE p.identified
),
entity AS (
    SELECT source || '/' || record_id || '/' || person_ref AS mention, entity_id FROM entities
),
band AS (
    SELECT mp.mention_l, mp.mention_r, max(mp.match_weight) AS match_weight,
        max(mp.match_probability) AS match_probability, max(mp.run_id) AS run_id
    FROM match_pairs AS mp
    ANTI JOIN link_reviews AS v ON v.mention_l = mp.mention_l AND v.mention_r = mp.mention_r
    WHERE mp.match_weight BETWEEN ? AND ? AND mp.review IS NULL
    GROUP BY mp.mention_l, mp.mention_r
)
SELECT b.mention_l, b.mention_r, round(b.match_weight, 2) AS match_weight,
    round(b.match_probability, 4) AS match_probability, b.run_id,
    coalesce(el.entity_id = er.entity_id, false) AS linked_now,
    l.role AS role_l, r.role AS role_r, l.kind AS kind_l, r.kind AS kind_r,
    l.area AS area_l, r.area AS area_r, l.event_date AS event_date_l, r.event_date AS event_date_r,
    l.forename AS forename_l, r.forename AS forename_r, l.surname AS surname_l,
    r.surname AS surname_r, l.aliases AS aliases_l, r.aliases AS aliases_r,
    l.dob AS dob_l, r.dob AS dob_r, l.age AS age_l, r.age AS age_r,
    l.postcode AS postcode_l, r.postcode AS postcode_r, l.address AS address_l,
    r.address AS address_r, l.phone AS phone_l, r.phone AS phone_r,
    l.email AS email_l, r.email AS email_r, l.identifiers AS identifiers_l,
    r.identifiers AS identifiers_r
FROM band AS b
JOIN mentions AS l ON l.mention = b.mention_l
JOIN mentions AS r ON r.mention = b.mention_r
LEFT JOIN entity AS el ON el.mention = b.mention_l
LEFT JOIN entity AS er ON er.mention = b.mention_r
ORDER BY abs(b.match_weight - ?), b.mention_l, b.mention_r
LIMIT ?
