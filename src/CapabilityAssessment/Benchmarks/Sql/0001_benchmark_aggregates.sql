-- Peer-benchmark aggregates (issue #6): per instrument, scoring version, group and metric the count, sum, sum of squares
-- and a 1000-bin histogram (0.1 points on 0-100), maintained by a trigger on the contribution documents so they change
-- in the same transaction as the profile that caused them. Queries read these rows only, never raw scores.

-- Applied after Marten's schema (AppMigrations), so Marten's table of PeerContribution documents exists here. Written to
-- run on a database upgraded from the project's earlier store too, where the tables below exist already.

CREATE TABLE IF NOT EXISTS benchmark_stats (
    instrument_key text NOT NULL, scoring_version text NOT NULL, dimension text NOT NULL, value text NOT NULL, metric text NOT NULL,
    n integer NOT NULL, sum double precision NOT NULL, sum_of_squares double precision NOT NULL, bins integer[] NOT NULL,
    PRIMARY KEY (instrument_key, scoring_version, dimension, value, metric));

-- Bumped by every change; readers cache suppression patterns per generation. Locked first by every maintaining
-- transaction, so concurrent closings queue here instead of deadlocking on stats rows taken in different orders.
CREATE TABLE IF NOT EXISTS benchmark_generation (id integer PRIMARY KEY, generation bigint NOT NULL);
INSERT INTO benchmark_generation VALUES (1, 0) ON CONFLICT (id) DO NOTHING;

CREATE OR REPLACE FUNCTION benchmark_apply(d jsonb, sign integer) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    r record;
    bin integer;
    fresh integer[];
BEGIN
    UPDATE benchmark_generation SET generation = generation + 1 WHERE id = 1;
    FOR r IN
        SELECT split_part(g, '=', 1) AS dimension, substr(g, strpos(g, '=') + 1) AS value, s->>'metric' AS metric, (s->>'score')::float8 AS x
        FROM jsonb_array_elements_text(d->'groups') g CROSS JOIN jsonb_array_elements(d->'scores') s
        ORDER BY 1, 2, 3
    LOOP
        bin := least(greatest(floor(r.x * 10)::integer, 0), 999) + 1;
        UPDATE benchmark_stats
           SET n = n + sign, sum = sum + sign * r.x, sum_of_squares = sum_of_squares + sign * r.x * r.x, bins[bin] = bins[bin] + sign
         WHERE instrument_key = d->>'instrumentKey' AND scoring_version = d->>'scoringVersion'
           AND dimension = r.dimension AND value = r.value AND metric = r.metric;
        IF NOT FOUND THEN
            fresh := array_fill(0, ARRAY[1000]);
            fresh[bin] := sign;
            INSERT INTO benchmark_stats VALUES (d->>'instrumentKey', d->>'scoringVersion', r.dimension, r.value, r.metric,
                sign, sign * r.x, sign * r.x * r.x, fresh);
        END IF;
    END LOOP;
END $$;

-- An older assessment closing again never replaces the contribution of one that started later.
CREATE OR REPLACE FUNCTION benchmark_keep_latest() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF (OLD.data->>'startedAt')::timestamptz > (NEW.data->>'startedAt')::timestamptz THEN RETURN NULL; END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION benchmark_maintain() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM benchmark_apply(OLD.data, -1); END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM benchmark_apply(NEW.data, 1); END IF;
    RETURN NULL;
END $$;

DROP TRIGGER IF EXISTS benchmark_keep_latest ON mt_doc_benchmark_contribution;
DROP TRIGGER IF EXISTS benchmark_maintain ON mt_doc_benchmark_contribution;
CREATE TRIGGER benchmark_keep_latest BEFORE UPDATE ON mt_doc_benchmark_contribution
    FOR EACH ROW EXECUTE FUNCTION benchmark_keep_latest();
CREATE TRIGGER benchmark_maintain AFTER INSERT OR UPDATE OR DELETE ON mt_doc_benchmark_contribution
    FOR EACH ROW EXECUTE FUNCTION benchmark_maintain();
