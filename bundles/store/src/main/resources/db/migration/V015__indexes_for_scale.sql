-- Issue 17: indexes for the filters, joins and sorts the API and the reports use, measured on a province-sized data
-- set (100k specialists, 1.2M service logs; bench/RESULTS.md). Indexes only: no data changes.

-- Logs list: ORDER BY start_date DESC, id DESC, unfiltered and by county (Derby does not scan an index backwards
-- for ORDER BY, so the order is the index's own).
CREATE INDEX service_log_newest ON service_log (start_date DESC, id DESC);
CREATE INDEX service_log_county_newest ON service_log (county_code, start_date DESC, id DESC);
-- Progress, evaluation and coverage: the confirmed logs of a programme year.
CREATE INDEX service_log_status_dates ON service_log (status, start_date);

-- A county's specialists (wished-for counties) by id; the primary key leads with specialist_id.
CREATE INDEX specialist_county_specialist ON specialist_county (county_code, specialist_id);

-- "Dispatched in the year" EXISTS subqueries from the specialist side (lists, progress, coverage, evaluation).
CREATE INDEX assignment_specialist_year ON assignment (specialist_id, programme_year);
CREATE INDEX assignment_year_specialist ON assignment (programme_year, specialist_id);

-- Evaluation reads a round's subjects' requests and bases by specialist and period.
CREATE INDEX coordination_request_specialist ON coordination_request (specialist_id, raised_at);
CREATE INDEX demonstration_base_specialist ON demonstration_base (specialist_id, established_on);

-- A round's results in rank order.
CREATE INDEX evaluation_result_round_rank ON evaluation_result (round_id, rank_no, id);
