-- Tepai schema, version 20 (issue 17, list endpoints must be cheap): an index in the order a county's specialists
-- are listed, so that a page is read straight from the index and the database stops after it, instead of reading
-- every row of the county and sorting them for each page (the county's assignments are V017's
-- assignment_county_newest). An index only: no data changes. Portable SQL: runs unchanged on
-- Apache Derby 10.14 and PostgreSQL.

-- GET /api/specialists?county=…: the county's assignments of the year joined to their specialists (one per
-- specialist: assignment_once), paged by specialist id. Replaces probing every specialist's assignments (an EXISTS)
-- for the count and again for the page. Measured at 10k specialists on Derby: the first page of 武陟县's 2,000 read
-- from this index with no sort (runtime statistics), about half the time per request.
CREATE INDEX assignment_county_year_specialist ON assignment (county_code, programme_year, specialist_id);
