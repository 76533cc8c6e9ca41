-- Since 2026-12-07 the async daemon folds the assessment document (AssessmentProjection), no longer the transaction of
-- its events (issue #13). The list summaries gain the firm id (AssessmentSummary.FirmId), which finds a firm's
-- assessments before the daemon has folded them; summaries written before get it from their stream's first event
-- (AssessmentStarted, always version 1).
-- `store migrate` runs this again after copying an earlier store's summaries. The daemon itself starts a database
-- written before at its first event: every stream's first event starts its document afresh, so folding again is correct
-- (and reads add whatever a document lacks meanwhile); starting it later would be faster but could skip events written
-- by this version before this migration ran. A position left by an earlier run of this version (an upgrade after a
-- rollback) is removed: from there it would fold events onto documents that already hold them.
UPDATE mt_doc_assessment_summary s SET data = jsonb_set(s.data, '{firmId}', e.data -> 'firmId')
FROM mt_events e WHERE e.stream_id = s.id AND e.version = 1 AND e.data ? 'firmId' AND NOT s.data ? 'firmId';
DELETE FROM mt_event_progression WHERE name = 'Assessment:All';
