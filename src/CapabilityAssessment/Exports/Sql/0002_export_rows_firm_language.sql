-- Language and re-assessment (issue #16): a release links the assessments of one firm within itself (a per-release
-- pseudonym of the firm, keyed like the assessment pseudonyms, and the order T0, T1, ...) and gives every response its
-- language. Both columns are null in rows written before this migration: ExportRowBackfill treats such rows as due and
-- rebuilds them from the events (AssessmentStarted carries the firm id and the language), so a release never reads one.
ALTER TABLE export_rows ADD COLUMN IF NOT EXISTS firm_id uuid;
ALTER TABLE export_rows ADD COLUMN IF NOT EXISTS language text;
