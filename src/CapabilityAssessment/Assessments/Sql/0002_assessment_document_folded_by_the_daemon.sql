-- Since 2026-12-07 the async daemon folds the assessment document (AssessmentProjection), no longer the transaction of
-- its events (issue #13). A database written before holds every assessment document folded up to its stream's last
-- event, so the daemon starts after the last event: without this row it would fold every stream again onto documents
-- that already hold its events. The list summaries gain the firm id (AssessmentSummary.FirmId), which finds a firm's
-- assessments before the daemon has folded them. `store migrate` runs this again after copying an earlier store. No
-- row without events: the daemon takes a row at 0 for one it wrote itself and fails to insert its own.
UPDATE mt_doc_assessment_summary s SET data = jsonb_set(s.data, '{firmId}', a.data -> 'firmId')
FROM mt_doc_assessment a WHERE a.id = s.id AND NOT s.data ? 'firmId';
INSERT INTO mt_event_progression (name, last_seq_id, last_updated)
SELECT 'Assessment:All', max(seq_id), now() FROM mt_events HAVING max(seq_id) IS NOT NULL
ON CONFLICT (name) DO UPDATE SET last_seq_id = greatest(mt_event_progression.last_seq_id, excluded.last_seq_id);
