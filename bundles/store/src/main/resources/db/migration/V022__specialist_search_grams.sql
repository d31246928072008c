-- Issue 17: GET /api/specialists?q=… (name, title or a field contains q, any case) and ?field=… served by an index on
-- Derby and PostgreSQL alike. A contains-anywhere LIKE ('%q%') reads every specialist whatever the B-tree; instead
-- each specialist's lower-cased 1- and 2-character grams of its name, title and fields are kept here, and a search
-- seeks the grams of q (SearchGrams) through (gram, specialist_id), walking the candidates in specialist order so that
-- a page and an after= page stay a short range, and confirms the exact LIKE on those few. SpecialistEntity writes the
-- grams in the transaction that changes name, title or fields. Portable SQL: runs unchanged on Apache Derby 10.14 and
-- PostgreSQL 12+.
--
-- A gram holding a space is not stored (Derby compares VARCHARs padded with spaces: 'a ' and 'a' would be one key),
-- nor is the search asked for one. The key leads with the gram for the search; deleting a specialist's grams reads the
-- specialist_id index (on Derby the foreign key's own index already is one, and the CREATE INDEX is skipped).
CREATE TABLE specialist_gram (
    specialist_id   BIGINT       NOT NULL REFERENCES specialist (id) ON DELETE CASCADE,
    gram            VARCHAR(2)   NOT NULL,
    PRIMARY KEY (gram, specialist_id)
);

CREATE INDEX specialist_gram_specialist ON specialist_gram (specialist_id);

-- The back-fill of the specialists already there: the texts joined to the positions 1…128 (the longest, a field, is
-- VARCHAR(128)), a gram of width 1 and 2 at each. The positions are a table of their own, dropped after, since the
-- two databases share no series generator. The CASE keeps SUBSTR within the text: Derby refuses one that reaches past
-- its end, whatever order it evaluates the WHERE in.
CREATE TABLE search_gram_position (
    pos             INTEGER      NOT NULL PRIMARY KEY
);

INSERT INTO search_gram_position (pos)
SELECT tens.n * 16 + ones.n + 1
FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7)) AS tens (n),
     (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15)) AS ones (n);

INSERT INTO specialist_gram (specialist_id, gram)
SELECT DISTINCT g.specialist_id, g.gram
FROM (SELECT t.specialist_id,
             CASE WHEN p.pos + w.width - 1 <= LENGTH(t.txt) THEN SUBSTR(t.txt, p.pos, w.width) END AS gram
      FROM (SELECT id, LOWER(name) FROM specialist
            UNION ALL SELECT id, LOWER(title) FROM specialist
            UNION ALL SELECT specialist_id, LOWER(field) FROM specialist_field) AS t (specialist_id, txt),
           search_gram_position p,
           (VALUES (1), (2)) AS w (width)
      WHERE p.pos + w.width - 1 <= LENGTH(t.txt)) AS g
WHERE g.gram IS NOT NULL AND g.gram NOT LIKE '% %';

DROP TABLE search_gram_position;
