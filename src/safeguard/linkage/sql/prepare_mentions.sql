-- Every identified person mention, standardised for linkage (one row each).
-- Protected characteristics (sex, ethnicity, nationality, religion) are deliberately not read.
-- __sg_name_variants (forename, variant) is registered by the caller from reference data.
WITH variants AS (
    SELECT forename AS name, list(DISTINCT forename2 ORDER BY forename2) AS alts
    FROM __sg_name_variants
    WHERE forename <> forename2
    GROUP BY forename
),
base AS (
    SELECT
        p.source || '/' || p.record_id || '/' || p.ref AS unique_id,
        -- the first word of the forename, hyphens and apostrophes joined (Kay-Leigh: kayleigh)
        nullif(regexp_extract(regexp_replace(lower(p.forename), '[''-]', '', 'g'), '[a-z]+'), '')
            AS forename,
        nullif(regexp_replace(lower(p.surname), '[^a-z]', '', 'g'), '') AS surname,
        list_filter(
            list_transform(p.aliases, lambda a: regexp_replace(lower(a), '[^a-z]', '', 'g')),
            lambda a: a <> ''
        ) AS alias_list,
        p.dob,
        p.age,
        coalesce(r.occurred_from, r.recorded_at)::DATE AS event_date,
        nullif(lower(r.force), '') AS area,
        nullif(regexp_replace(upper(p.postcode), '[^A-Z0-9]', '', 'g'), '') AS pc,
        nullif(regexp_replace(p.phone, '[^0-9]', '', 'g'), '') AS phone_digits,
        nullif(lower(trim(p.email)), '') AS email,
        CASE WHEN p.identifiers IS NOT NULL AND json_type(p.identifiers) = 'OBJECT'
             THEN json_keys(p.identifiers) END AS id_keys,
        p.identifiers
    FROM persons AS p
    JOIN records AS r ON r.source = p.source AND r.record_id = p.record_id
    WHERE p.identified
),
keyed AS (
    SELECT
        b.*,
        v.alts AS forename_alts,
        list_transform(
            b.id_keys,
            lambda k: lower(k) || ':' || upper(regexp_replace(
                json_extract_string(b.identifiers, '$."' || k || '"'), '\s', '', 'g'))
        ) AS id_pairs
    FROM base AS b
    LEFT JOIN variants AS v ON v.name = b.forename
)
SELECT
    unique_id,
    forename,
    forename_alts,
    -- blocking keys: the name, each one-letter deletion of it, and its nicknames and variants
    list_distinct(list_concat(coalesce(forename_alts, []), list_append(list_transform(
        range(1, CASE WHEN length(forename) >= 3 THEN length(forename) + 1 ELSE 1 END),
        lambda i: left(forename, i - 1) || substr(forename, i + 1)), forename))) AS forename_dk,
    surname,
    list_distinct(list_append(list_transform(
        range(1, CASE WHEN length(surname) >= 3 THEN length(surname) + 1 ELSE 1 END),
        lambda i: left(surname, i - 1) || substr(surname, i + 1)), surname)) AS surname_dk,
    CASE WHEN len(alias_list) > 0 THEN alias_list END AS aliases,
    strftime(dob, '%Y-%m-%d') AS dob,
    -- the earliest and latest date of birth (days since 1970) the mention allows
    CASE
        WHEN dob IS NOT NULL THEN date_diff('day', DATE '1970-01-01', dob)
        WHEN age IS NOT NULL AND event_date IS NOT NULL
            THEN date_diff('day', DATE '1970-01-01', (event_date - to_years(age + 1))::DATE) + 1
    END AS birth_from,
    CASE
        WHEN dob IS NOT NULL THEN date_diff('day', DATE '1970-01-01', dob)
        WHEN age IS NOT NULL AND event_date IS NOT NULL
            THEN date_diff('day', DATE '1970-01-01', (event_date - to_years(age))::DATE)
    END AS birth_to,
    CASE WHEN length(pc) BETWEEN 5 AND 7
        THEN left(pc, length(pc) - 3) || ' ' || right(pc, 3) END AS postcode,
    CASE WHEN length(pc) BETWEEN 5 AND 7
        THEN left(pc, length(pc) - 3) || ' ' || left(right(pc, 3), 1) END AS postcode_sector,
    CASE WHEN length(pc) BETWEEN 5 AND 7 THEN left(pc, length(pc) - 3) ELSE pc END
        AS postcode_district,
    CASE WHEN phone_digits LIKE '44%' AND length(phone_digits) = 12
        THEN '0' || substr(phone_digits, 3) ELSE phone_digits END AS phone,
    email,
    area,
    CASE WHEN len(id_pairs) > 0 THEN id_pairs END AS identifiers,
    CASE WHEN len(id_keys) > 0 THEN list_transform(id_keys, lambda k: lower(k)) END
        AS identifier_types
FROM keyed
ORDER BY unique_id
