-- Issue 17 (bulk writes): the high-volume records take their ids from sequences instead of their IDENTITY columns.
-- An IDENTITY key is known only after its row is inserted, so EclipseLink inserts such records one by one and reads
-- each key back; with a sequence it allocates a block of 50 ids in one round trip, before inserting.
-- Portable SQL: runs unchanged on Apache Derby 10.14 and PostgreSQL 12+.
--
-- Each sequence starts past the ids already used, so an upgraded database keeps its rows and new ones never
-- collide: START WITH takes only a constant, and the migrator replaces {{query}} by the value the query returns.
-- EclipseLink takes the value a sequence returns as the LAST id of a block of INCREMENT BY (= allocationSize) ids,
-- so the first value is the highest id in use plus 50: the first block is max + 1 ... max + 50.
--
-- The IDENTITY columns stay (dropping one has no form common to both databases); they are no longer used, since the
-- entities always insert an id. The element collections of these records (service_log_recipient, specialist_field,
-- recipient_specialist, assignment_industry, ...) have no ids of their own. Sequence names avoid PostgreSQL's
-- <table>_id_seq, the name of the sequences behind its IDENTITY columns.
CREATE SEQUENCE specialist_ids AS BIGINT
    START WITH {{SELECT COALESCE(MAX(id), 0) + 50 FROM specialist}} INCREMENT BY 50;
CREATE SEQUENCE assignment_ids AS BIGINT
    START WITH {{SELECT COALESCE(MAX(id), 0) + 50 FROM assignment}} INCREMENT BY 50;
CREATE SEQUENCE recipient_ids AS BIGINT
    START WITH {{SELECT COALESCE(MAX(id), 0) + 50 FROM recipient}} INCREMENT BY 50;
CREATE SEQUENCE service_log_ids AS BIGINT
    START WITH {{SELECT COALESCE(MAX(id), 0) + 50 FROM service_log}} INCREMENT BY 50;
