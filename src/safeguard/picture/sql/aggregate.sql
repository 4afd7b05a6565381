-- One metric per force area and nationally, by month, by year and over all time.
-- The placeholders in braces below are filled by picture/_compute.py: the metric's own SQL
-- file (columns force, fact_date, unit, num, den, value) and fixed expressions chosen by the
-- metric's aggregate, never user input. A fact without a date counts only
-- in the all-time figures.
WITH facts AS (
{metric}
),
dated AS (
    SELECT CAST(force AS VARCHAR) AS force, CAST(unit AS VARCHAR) AS unit,
           coalesce(CAST(num AS BOOLEAN), false) AS num,
           coalesce(CAST(den AS BOOLEAN), false) AS den,
           CAST(value AS DOUBLE) AS value,
           strftime(CAST(fact_date AS TIMESTAMP), '%Y-%m') AS month,
           strftime(CAST(fact_date AS TIMESTAMP), '%Y') AS year
    FROM facts
)
SELECT CASE WHEN grouping(force) = 1 THEN 'national' ELSE force END AS area,
       CASE WHEN grouping(month) = 0 THEN 'month'
            WHEN grouping(year) = 0 THEN 'year'
            ELSE 'all' END AS period_type,
       coalesce(month, year, 'all') AS period,
       CAST({numerator} AS DOUBLE) AS numerator,
       CAST({denominator} AS DOUBLE) AS denominator,
       CAST({value} AS DOUBLE) AS value
FROM dated
GROUP BY GROUPING SETS ((force, month), (force, year), (force), (month), (year), ())
HAVING (grouping(month) = 1 AND grouping(year) = 1) OR coalesce(month, year) IS NOT NULL
ORDER BY area, period_type, period
