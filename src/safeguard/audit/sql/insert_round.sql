INSERT INTO audit_rounds (
    round_id, name, round_date, drawn_at, frame, force, stratify, size, seed, min_per_stratum,
    blind, second_review_share, population, run_id
)
VALUES (?, ?, ?, now()::TIMESTAMP, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
