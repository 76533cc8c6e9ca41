-- Applied after Marten's schema; written to run on a database upgraded from the earlier store too.
-- One compact row per closed assessment with a submitted response (issue #7, throughput): what a dataset release needs,
-- written in the transaction that closes the assessment and deleted in the one that reopens it (ExportRow). A release
-- reads these rows instead of replaying and re-scoring every event stream. Rows missing or of an older scoring version
-- (assessments closed before this table existed, or a scoring change) are rebuilt from the events before each release
-- and by `rescore` (ExportRowBackfill). Values are in the order of the assessment's own instrument version.
CREATE TABLE IF NOT EXISTS export_rows (
    assessment_id uuid PRIMARY KEY,
    instrument_key text NOT NULL,
    instrument_version integer NOT NULL,
    scoring_version text NOT NULL,
    -- The stream version the row was built from: a rebuild never overwrites a row of a newer close.
    stream_version bigint NOT NULL,
    submitted_at timestamptz NOT NULL,
    country text,
    industry text,
    employees integer,
    founding_year integer,
    started_year integer NOT NULL,
    turnover_band text,
    -- Numbers packed little-endian (PackedValues): a bytea is sent as one copy, an array element by element.
    -- Each construct's score and rwg(j), each layer, the index and the weakest link: float8, NaN when missing.
    firm_scores bytea NOT NULL,
    -- One role per submitted respondent; answers and respondent_scores hold the respondents' values one after another.
    roles text[] NOT NULL,
    -- int2 per item, with the missing-value codes -1 don't know, -2 not answered, -3 not asked.
    answers bytea NOT NULL,
    -- float8 per construct, NaN when missing.
    respondent_scores bytea NOT NULL);

-- Releases filter by instrument and submission date; a narrow date range reads only its part.
CREATE INDEX IF NOT EXISTS export_rows_instrument_submitted_idx ON export_rows (instrument_key, submitted_at);
