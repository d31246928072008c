-- Issue 20, R-SVC-1 / R-REC-3: a log in a county where the specialist was not dispatched that year is confirmed only
-- with the county's recorded reason (e.g. a team member serving under the team's agreement with the county).
ALTER TABLE service_log ADD COLUMN outside_dispatch_reason VARCHAR(1000) NOT NULL DEFAULT '';

-- Issue 20, R-ELIG-1: an eligibility exception covers the shortfalls it was recorded for; a later, different one
-- needs a new reason. Exceptions recorded before this migration have no rows: they cover the state they were
-- written for, which the service works out on the next change.
CREATE TABLE specialist_exception_problem (
    specialist_id   BIGINT        NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    problem         VARCHAR(1000) NOT NULL
);

CREATE INDEX specialist_exception_problem_specialist ON specialist_exception_problem (specialist_id);
