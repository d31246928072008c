-- Issue 17: an index for each filter of the lists the API pages through, in the order the list is paged, so that a page
-- is read from an index rather than by sorting everything the filter keeps (ListQueryPlanTest checks the plans on
-- PostgreSQL). Where an index below is a longer form of an older one it replaces it: the older one serves nothing the
-- new one does not, and each index costs every insert. Derby does not scan an index backwards for ORDER BY, so an
-- index a list pages newest-first through is itself DESC. Indexes only: no data changes. Portable SQL: runs unchanged
-- on Apache Derby 10.14 and PostgreSQL 12+.

-- Specialists (ORDER BY id) by unit, tier and guidance class; by status has specialist_status (status, id) of V013.
-- specialist_unit (unit_code) stays: Derby never made it (its foreign key's index already covers the column, so
-- Derby skips the duplicate), so no portable statement drops it; on PostgreSQL it is now redundant.
CREATE INDEX specialist_unit_id ON specialist (unit_code, id);
DROP INDEX specialist_tier;
CREATE INDEX specialist_tier_id ON specialist (tier_id, id);
CREATE INDEX specialist_classification ON specialist (classification, id);

-- Logs (ORDER BY start_date DESC, id DESC) of a specialist and by status; the ranges of dates the reports read of a
-- specialist or of a status (confirmed service of a year) are served as before by the leading columns.
DROP INDEX service_log_specialist_dates;
CREATE INDEX service_log_specialist_newest ON service_log (specialist_id, start_date DESC, id DESC);
DROP INDEX service_log_status_dates;
CREATE INDEX service_log_status_newest ON service_log (status, start_date DESC, id DESC);

-- Dispatch (ORDER BY programme_year DESC, county_code, id): all, by year, by county (and year), by specialist (and
-- year: the "dispatched in the year" EXISTS subqueries) and by support level.
CREATE INDEX assignment_newest ON assignment (programme_year DESC, county_code, id);
DROP INDEX assignment_county_year;
CREATE INDEX assignment_county_newest ON assignment (county_code, programme_year DESC, id);
DROP INDEX assignment_specialist_year;
CREATE INDEX assignment_specialist_newest ON assignment (specialist_id, programme_year DESC, county_code, id);
CREATE INDEX assignment_level_newest ON assignment (support_level, programme_year DESC, county_code, id);

-- Recipients (ORDER BY county_code, id): all and by county, by kind; a specialist's recipients through the join
-- table, whose primary key leads with the recipient. recipient_county (county_code) stays, as specialist_unit does.
CREATE INDEX recipient_county_id ON recipient (county_code, id);
CREATE INDEX recipient_kind ON recipient (kind, county_code, id);
CREATE INDEX recipient_specialist_specialist ON recipient_specialist (specialist_id, recipient_id);

-- Policies (ORDER BY valid_to DESC, id DESC) and transfers (ORDER BY concluded_on DESC, id DESC) of a unit's
-- specialists or of those dispatched to a county: read in the list's order, each checked against the specialist or
-- the dispatch by its key, instead of sorting all of them.
CREATE INDEX insurance_policy_newest ON insurance_policy (valid_to DESC, id DESC);
CREATE INDEX technology_transfer_newest ON technology_transfer (concluded_on DESC, id DESC);
