-- Since 2026-12-07 the async daemon folds the assessment document (AssessmentProjection), no longer the transaction of
-- its events (issue #13). The list summaries gain the firm id (AssessmentSummary.FirmId), which finds a firm's
-- assessments before the daemon has folded them; summaries written before get it from their assessment document.
-- `store migrate` runs this again after copying an earlier store's summaries. The daemon itself starts a database
-- written before at its first event: every stream's first event starts its document afresh, so folding again is correct
-- (and reads add whatever a document lacks meanwhile); starting it later would be faster but could skip events written
-- by this version before this migration ran.
UPDATE mt_doc_assessment_summary s SET data = jsonb_set(s.data, '{firmId}', a.data -> 'firmId')
FROM mt_doc_assessment a WHERE a.id = s.id AND NOT s.data ? 'firmId';
