-- Tepai schema, version 21 (issue 17, coverage of all counties ≤ 2 s): an index that finds the confirmed logs of a
-- year naming a leading industry of their county (R-GOAL-1, issue 19) from the county and the industry, with the
-- specialist in the index itself. Coverage joins them to the dispatch (CoveringSql) instead of reading every confirmed
-- log of the year or probing a specialist's logs one by one for each county industry; logs naming no industry
-- (NULL) are never read. An index only: no data changes. Portable SQL: runs unchanged on Apache Derby 10.14 and
-- PostgreSQL.
CREATE INDEX service_log_county_industry ON service_log (county_code, industry, status, start_date, specialist_id);
