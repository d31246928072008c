-- Tepai schema, version 18 (issue 17, list endpoints must be cheap): the specialists dispatched to a county in a
-- programme year, in specialist id order, straight from one index. GET /api/specialists?county=… joins a county's
-- assignments of the year to their specialists (one per specialist: assignment_once) and pages them by specialist id;
-- with this index both databases start from the county's 2,000 assignments, already in id order, and stop after the
-- page, instead of probing every specialist's assignments (the EXISTS it replaced) for the count and again for the
-- page. Measured at 10k specialists on Derby: the count of 武陟县's 2,000 from ~65 ms to ~12 ms, its first page from
-- ~75 ms to under 5 ms. Index only: no data changes. Portable SQL: runs unchanged on Apache Derby 10.14 and PostgreSQL.

CREATE INDEX assignment_county_year_specialist ON assignment (county_code, programme_year, specialist_id);
