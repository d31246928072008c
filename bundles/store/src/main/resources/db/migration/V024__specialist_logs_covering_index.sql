-- Tepai schema, version 24 (issue 17, progress of the largest county <= 2 s; the round's sums): a specialist's logs
-- newest first, as V017 indexed them, now with the columns that the sums of their confirmed service read (status,
-- county, field days, satisfaction). Progress sums a county's whole dispatch of the year per guidance class, and an
-- evaluation round sums its subjects' service per county, a thousand specialists at a time. Both read about a
-- million logs nationally for the largest county, and before this index they fetched each log's row from the table
-- (1.6 s of the 2.6 s of the national progress page). The index replaces V017's under the same name and serves
-- everything V017's served (the same leading columns), so every log write still updates one index for it, not two.
-- An index only: no data changes. Portable SQL: runs unchanged on Apache Derby 10.14 and PostgreSQL 12+.
DROP INDEX service_log_specialist_newest;
CREATE INDEX service_log_specialist_newest ON service_log (specialist_id, start_date DESC, id DESC, status,
    county_code, field_days, satisfaction);
