-- Issue 20, R-SVC-1 / R-REC-3: a log in a county where the specialist was not dispatched that year is confirmed only
-- with the county's recorded reason (e.g. a team member serving under the team's agreement with the county).
ALTER TABLE service_log ADD COLUMN outside_dispatch_reason VARCHAR(1000) NOT NULL DEFAULT '';
