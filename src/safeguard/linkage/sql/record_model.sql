-- Record a link run's parameters once the model is trained: configuration, model, threshold.
UPDATE runs SET parameters = ? WHERE run_id = ?
