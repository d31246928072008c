-- Issue 17 (writes: the bulk import and single log writes): every index costs each insert, and a year of logs is
-- 10,000,000 inserts nationally. service_log_county_dates (county_code, start_date) of V005 serves nothing that
-- V015's service_log_county_newest (county_code, start_date DESC, id DESC) does not: a county's range of dates is
-- read from the longer index's leading columns in either direction, as V017 did for the logs of a specialist and of
-- a status. (The log's foreign key to its county keeps its own index on Derby.) An index only: no data changes.
-- Portable SQL: runs unchanged on Apache Derby 10.14 and PostgreSQL 12+.
DROP INDEX service_log_county_dates;
