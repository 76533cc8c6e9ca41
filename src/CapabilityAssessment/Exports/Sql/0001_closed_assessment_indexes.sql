-- Dataset releases (issue #7) page through the closed assessments of an instrument by id, with the instrument, version
-- and submission-date filters in SQL (ClosedAssessmentReader).

-- The store creates document tables after migrations; this one is created here (same shape) to carry the index.
CREATE TABLE IF NOT EXISTS doc_assessment_summary (
    id uuid PRIMARY KEY, data jsonb NOT NULL, version bigint NOT NULL,
    last_modified timestamptz NOT NULL DEFAULT now(), dotnet_type text);

-- One keyset page is a range scan from the last id read: no OFFSET, no sort, however far into the instrument.
CREATE INDEX IF NOT EXISTS doc_assessment_summary_closed_idx
    ON doc_assessment_summary ((data->>'instrumentKey'), id) WHERE data->>'status' = 'CLOSED';

-- The submission date of an assessment is its last response_submitted event; streams with many autosaves are not scanned.
CREATE INDEX IF NOT EXISTS events_response_submitted_idx ON events (stream_id) WHERE type = 'response_submitted';
