-- Issue 17: a result's field days are a sum (a unit's or a county's work sums thousands of specialists' service) and
-- overflowed DECIMAL(7,1) (999,999.9) at national scale; DECIMAL(12,1) holds any sum of a year's logs. No other
-- stored sum can overflow: logs, training hours and areas hold one record's amount; money columns are DECIMAL(12,2) or
-- wider. Derby cannot change a DECIMAL column's precision (SET DATA TYPE widens VARCHAR only) nor rename a column with
-- ALTER TABLE as PostgreSQL does, so the column is copied out and back under its own name: portable to both.
ALTER TABLE evaluation_result ADD COLUMN field_days_wide DECIMAL(12,1) NOT NULL DEFAULT 0;
UPDATE evaluation_result SET field_days_wide = field_days;
ALTER TABLE evaluation_result DROP COLUMN field_days;
ALTER TABLE evaluation_result ADD COLUMN field_days DECIMAL(12,1) NOT NULL DEFAULT 0;
UPDATE evaluation_result SET field_days = field_days_wide;
ALTER TABLE evaluation_result DROP COLUMN field_days_wide;
ALTER TABLE evaluation_result ALTER COLUMN field_days DROP DEFAULT;
