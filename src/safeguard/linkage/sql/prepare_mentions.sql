-- Every identified person mention, standardised for linkage (one row each).
-- Protected characteristics (sex, ethnicity, nationality, religion) are deliberately not read.
-- __sg_name_variants (forename, variant) is registered by the caller from reference data.
-- Placeholders ("unknown", a date of birth of 1900-01-01, a phone of 00000000000) become null:
-- shared by many unrelated people, they would say the people match and, as blocking keys,
-- put every one of them beside every other.
WITH variants AS (
    SELECT forename AS name, list(DISTINCT forename2 ORDER BY forename2) AS alts
    FROM __sg_name_variants
    WHERE forename <> forename2
    GROUP BY forename
),
raw AS (
    SELECT
        p.source || '/' || p.record_id || '/' || p.ref AS unique_id,
        -- the first word of the forename, hyphens and apostrophes joined (Kay-Leigh: kayleigh)
        nullif(regexp_extract(regexp_replace(lower(p.forename), '[''-]', '', 'g'), '[a-z]+'), '')
            AS forename,
        regexp_replace(lower(p.forename), '[^a-z]', '', 'g') AS forename_letters,
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
base AS (
    SELECT
        unique_id,
        CASE WHEN forename_letters NOT IN ('unknown', 'unk', 'notknown', 'nk', 'none', 'refused',
            'withheld', 'notgiven', 'notstated', 'tba', 'tbc', 'xx', 'xxx') THEN forename END
            AS forename,
        CASE WHEN surname NOT IN ('unknown', 'unk', 'notknown', 'nk', 'none', 'refused',
            'withheld', 'notgiven', 'notstated', 'tba', 'tbc', 'xx', 'xxx') THEN surname END
            AS surname,
        alias_list,
        -- nobody in a record was born before 1901 or after the event: a placeholder
        CASE WHEN dob >= DATE '1901-01-01' AND (event_date IS NULL OR dob <= event_date)
            THEN dob END AS dob,
        -- an age over 120 is a placeholder (999)
        CASE WHEN age BETWEEN 0 AND 120 THEN age END AS age,
        event_date,
        area,
        -- NHS pseudo-postcodes (ZZ99 ...) stand for "no fixed abode" or "not known"
        CASE WHEN NOT starts_with(pc, 'ZZ99') THEN pc END AS pc,
        -- a phone needs seven digits, and not all one digit after the first
        CASE WHEN length(phone_digits) >= 7
            AND length(replace(substr(phone_digits, 2), substr(phone_digits, 2, 1), '')) > 0
            AND phone_digits NOT IN ('01234567890', '0123456789', '1234567890', '12345678910')
            THEN phone_digits END AS phone_digits,
        CASE WHEN email LIKE '_%@_%'
            AND split_part(email, '@', 1) NOT IN ('unknown', 'none', 'noemail', 'no.email',
                'no-email', 'nomail', 'notknown', 'not.known', 'nk', 'na', 'n/a', 'test', 'x',
                'xx', 'xxx')
            AND split_part(email, '@', 2) NOT IN ('unknown.com', 'none.com', 'noemail.com',
                'example.com', 'example.org', 'example.co.uk')
            THEN email END AS email,
        id_keys,
        identifiers
    FROM raw
),
keyed AS (
    SELECT
        b.*,
        v.alts AS forename_alts,
        list_filter(
            list_transform(
                b.id_keys,
                lambda k: lower(k) || ':' || upper(regexp_replace(
                    json_extract_string(b.identifiers, '$."' || k || '"'), '\s', '', 'g'))
            ),
            -- an empty value, a word for "unknown", or one character repeated (0000) is none
            lambda i: split_part(i, ':', 2) NOT IN ('', 'UNKNOWN', 'NONE', 'NA', 'N/A', 'NK',
                'NOTKNOWN', 'TBA', 'TBC')
                AND length(replace(split_part(i, ':', 2), left(split_part(i, ':', 2), 1), '')) > 0
        ) AS id_pairs
    FROM base AS b
    LEFT JOIN variants AS v ON v.name = b.forename
)
SELECT
    k.unique_id,
    k.forename,
    k.forename_alts,
    -- blocking keys: the name, each one-letter deletion of it, and its nicknames and variants
    list_distinct(list_concat(coalesce(k.forename_alts, []), list_append(list_transform(
        range(1, CASE WHEN length(k.forename) >= 3 THEN length(k.forename) + 1 ELSE 1 END),
        lambda i: left(k.forename, i - 1) || substr(k.forename, i + 1)), k.forename)))
        AS forename_dk,
    k.surname,
    list_distinct(list_append(list_transform(
        range(1, CASE WHEN length(k.surname) >= 3 THEN length(k.surname) + 1 ELSE 1 END),
        lambda i: left(k.surname, i - 1) || substr(k.surname, i + 1)), k.surname))
        AS surname_dk,
    CASE WHEN len(k.alias_list) > 0 THEN k.alias_list END AS aliases,
    strftime(k.dob, '%Y-%m-%d') AS dob,
    -- the earliest and latest date of birth (days since 1970) the mention allows
    CASE
        WHEN k.dob IS NOT NULL THEN date_diff('day', DATE '1970-01-01', k.dob)
        WHEN k.age IS NOT NULL AND k.event_date IS NOT NULL
            THEN date_diff('day', DATE '1970-01-01', (k.event_date - to_years(k.age + 1))::DATE)
                + 1
    END AS birth_from,
    CASE
        WHEN k.dob IS NOT NULL THEN date_diff('day', DATE '1970-01-01', k.dob)
        WHEN k.age IS NOT NULL AND k.event_date IS NOT NULL
            THEN date_diff('day', DATE '1970-01-01', (k.event_date - to_years(k.age))::DATE)
    END AS birth_to,
    CASE WHEN length(k.pc) BETWEEN 5 AND 7
        THEN left(k.pc, length(k.pc) - 3) || ' ' || right(k.pc, 3) END AS postcode,
    CASE WHEN length(k.pc) BETWEEN 5 AND 7
        THEN left(k.pc, length(k.pc) - 3) || ' ' || left(right(k.pc, 3), 1) END
        AS postcode_sector,
    -- the outward code of a full postcode, or a postcode given as its outward code only
    CASE WHEN length(k.pc) BETWEEN 5 AND 7 THEN left(k.pc, length(k.pc) - 3)
         WHEN regexp_full_match(k.pc, '[A-Z]{1,2}[0-9][A-Z0-9]?') THEN k.pc END
        AS postcode_district,
    CASE WHEN k.phone_digits LIKE '44%' AND length(k.phone_digits) = 12
        THEN '0' || substr(k.phone_digits, 3) ELSE k.phone_digits END AS phone,
    k.email,
    k.area,
    CASE WHEN len(k.id_pairs) > 0 THEN k.id_pairs END AS identifiers,
    CASE WHEN len(k.id_pairs) > 0
        THEN list_distinct(list_transform(k.id_pairs, lambda i: split_part(i, ':', 1))) END
        AS identifier_types
FROM keyed AS k
ORDER BY k.unique_id
