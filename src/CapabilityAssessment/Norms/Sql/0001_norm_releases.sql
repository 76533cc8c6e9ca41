-- Published norms (issue #14). Peer statistics are shown only from norm releases: dated, immutable snapshots taken by
-- `norms publish` (and its schedule), never from the live aggregates. What a release needs beyond benchmark_stats:
--   norm_pending:  contributions changed since the last release (marked by a trigger, in the closing transaction);
--   norm_changes:  each contribution's state (groups, scores) at every release where it changed; fingerprint NULL means
--                  it left. Two releases differ in a cell by the contributions whose state differs between them, so the
--                  release rules can count changed firms exactly (disclosure control over time, Norms/NormDisclosure);
--   norm_cells:    each release's cells, frozen (figures, their basis release, withheld or carried), and apart from
--                  them the 0.1-point histogram percentile ranks are read from (a benchmark read never fetches it).
-- Applied after the benchmarks SQL (Storage/AppMigrations), whose trigger locks benchmark_generation first: a publish
-- takes that lock too, so no contribution changes while a release is cut.

CREATE TABLE IF NOT EXISTS norm_pending (
    instrument_key text NOT NULL, contribution_id text NOT NULL, PRIMARY KEY (instrument_key, contribution_id));

CREATE TABLE IF NOT EXISTS norm_changes (
    instrument_key text NOT NULL, scoring_version text NOT NULL, contribution_id text NOT NULL, release_seq bigint NOT NULL,
    fingerprint text, groups text[] NOT NULL, scores jsonb NOT NULL,
    PRIMARY KEY (instrument_key, scoring_version, contribution_id, release_seq));
CREATE INDEX IF NOT EXISTS norm_changes_by_release ON norm_changes (instrument_key, scoring_version, release_seq);

CREATE TABLE IF NOT EXISTS norm_cells (
    release_id uuid NOT NULL, grp text NOT NULL, metric text NOT NULL, cell jsonb NOT NULL, bins integer[],
    PRIMARY KEY (release_id, grp, metric));

CREATE OR REPLACE FUNCTION norm_mark_pending() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO norm_pending VALUES (OLD.data->>'instrumentKey', OLD.id) ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO norm_pending VALUES (NEW.data->>'instrumentKey', NEW.id) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS norm_mark_pending ON mt_doc_benchmark_contribution;
CREATE TRIGGER norm_mark_pending AFTER INSERT OR UPDATE OR DELETE ON mt_doc_benchmark_contribution
    FOR EACH ROW EXECUTE FUNCTION norm_mark_pending();

-- Contributions made before this migration are new to the first release.
INSERT INTO norm_pending SELECT data->>'instrumentKey', id FROM mt_doc_benchmark_contribution ON CONFLICT DO NOTHING;
