-- Issue 17: GET /api/specialists?q=… (name, title or a field contains q, any case) and ?field=… served by an index on
-- Derby and PostgreSQL alike. A contains-anywhere LIKE ('%q%') reads every specialist whatever the B-tree; instead
-- each specialist's lower-cased 1- and 2-character grams of its name, title and fields are kept here, and a search
-- seeks the grams of q (SearchGrams) through (gram, specialist_id), walking the candidates in specialist order so that
-- a page and an after= page stay a short range, and confirms the exact LIKE on those few. SpecialistEntity writes the
-- grams in the transaction that changes name, title or fields. Portable SQL: runs unchanged on Apache Derby 10.14 and
-- PostgreSQL 12+.
--
-- A gram holding a space is not stored (Derby compares VARCHARs padded with spaces: 'a ' and 'a' would be one key),
-- nor is the search asked for one. The key leads with the gram for the search; an index by specialist serves deleting
-- a specialist's grams. No foreign key: the rows are derived, about 25 per specialist, and checking one per row cost
-- the bulk import about a fifth of its time (Derby); SpecialistEntity deletes its grams with it, and a row left behind
-- by a delete in plain SQL would match no specialist in the search's join. The key and the index come after the
-- back-fill: built once from the rows, faster on Derby than maintained row by row (measured: 10,000 specialists'
-- 250,000 grams, 20.6 s as first written, 11.9 s so).
CREATE TABLE specialist_gram (
    specialist_id   BIGINT       NOT NULL,
    gram            VARCHAR(2)   NOT NULL
);

-- The back-fill of the specialists already there: each text joined to the gram positions of its length, a gram of
-- width 1 and 2 at each (the longest text, a field, is VARCHAR(128)). The positions are a table of their own, dropped
-- after, since the two databases share no series generator; joined by an equal length, so that each text meets only
-- its own positions instead of all of them (about a hundredth of the rows). The CASE keeps SUBSTR within the text:
-- Derby refuses one that reaches past its end, whatever order it evaluates the WHERE in.
CREATE TABLE search_gram_position (
    len             INTEGER      NOT NULL,
    pos             INTEGER      NOT NULL,
    width           INTEGER      NOT NULL,
    PRIMARY KEY (len, pos, width)
);

INSERT INTO search_gram_position (len, pos, width)
SELECT l.n, p.n, w.n
FROM (SELECT tens.n * 16 + ones.n + 1
      FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) AS tens (n),
           (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS ones (n))
         AS l (n),
     (SELECT tens.n * 16 + ones.n + 1
      FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) AS tens (n),
           (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS ones (n))
         AS p (n),
     (VALUES (1), (2)) AS w (n)
WHERE p.n + w.n - 1 <= l.n;

INSERT INTO specialist_gram (specialist_id, gram)
SELECT DISTINCT g.specialist_id, g.gram
FROM (SELECT t.specialist_id,
             CASE WHEN p.pos + p.width - 1 <= t.len THEN SUBSTR(t.txt, p.pos, p.width) END AS gram
      FROM (SELECT id, LOWER(name), LENGTH(LOWER(name)) FROM specialist
            UNION ALL SELECT id, LOWER(title), LENGTH(LOWER(title)) FROM specialist
            UNION ALL SELECT specialist_id, LOWER(field), LENGTH(LOWER(field)) FROM specialist_field)
               AS t (specialist_id, txt, len),
           search_gram_position p
      WHERE p.len = t.len) AS g
WHERE g.gram IS NOT NULL AND g.gram NOT LIKE '% %';

DROP TABLE search_gram_position;

ALTER TABLE specialist_gram ADD CONSTRAINT specialist_gram_pkey PRIMARY KEY (gram, specialist_id);
CREATE INDEX specialist_gram_specialist ON specialist_gram (specialist_id);
