-- Issue 20, R-SVC-2 "teams fulfil their agreements" / R-TEAM-2: each agreed task (already one row per task in
-- agreement_task, so no text is moved) records whether the team fulfilled it, as the signing county or the city
-- office sees it: FULFILLED, PARTLY or NOT_FULFILLED (NULL: still open), with a note and the confirmed service logs
-- that show it, and who recorded it when. Existing tasks stay open.
ALTER TABLE agreement_task ADD COLUMN fulfilment VARCHAR(16);
ALTER TABLE agreement_task ADD COLUMN fulfilment_note VARCHAR(2000) NOT NULL DEFAULT '';
ALTER TABLE agreement_task ADD COLUMN evidence_logs VARCHAR(1000) NOT NULL DEFAULT '';
ALTER TABLE agreement_task ADD COLUMN recorded_by VARCHAR(64);
ALTER TABLE agreement_task ADD COLUMN recorded_at TIMESTAMP;
