-- Version checks must abort the whole unit of work from inside the database: the batch runs as one implicit
-- transaction and the client cannot inspect a row count half way through it. Statements call this only on the
-- failure path (coalesce(...)), and the store parses the message (StorageOperation.IsConflict): keep its shape.
CREATE OR REPLACE FUNCTION raise_concurrency_conflict(target text, target_id text, expected bigint, actual bigint)
RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% % expected version % but was %', target, target_id, expected, coalesce(actual::text, 'missing')
        USING ERRCODE = 'CA409';
END $$;
