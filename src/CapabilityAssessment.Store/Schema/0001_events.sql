-- Marten's mt_streams / mt_events shapes without the mt_ prefix.
CREATE TABLE IF NOT EXISTS streams (
    id uuid PRIMARY KEY,
    type text,
    version bigint NOT NULL,
    created timestamptz NOT NULL DEFAULT now(),
    updated timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS events (
    seq_id bigserial PRIMARY KEY,
    id uuid NOT NULL UNIQUE,
    stream_id uuid NOT NULL REFERENCES streams (id),
    version bigint NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    "timestamp" timestamptz NOT NULL DEFAULT now(),
    dotnet_type text,
    CONSTRAINT events_stream_version_key UNIQUE (stream_id, version)
);
