package io.tepai.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The rows {@link ListQueryPlanTest} checks plans against: a few thousand specialists, dispatches, recipients and logs,
 * inserted by PostgreSQL's generate_series in a few statements.
 */
final class ListQueryDataSet {

    private ListQueryDataSet() {
    }

    static List<String> statements(int specialists, int recipients, int logs, String[] counties) {
        // the county the cases filter by is rare; the others share the rest
        Function<String, String> county = number -> rare(number, "'" + counties[0] + "'", "(ARRAY['"
                + String.join("','", List.of(counties).subList(1, counties.length)) + "'])[1 + (" + number
                + ") % " + (counties.length - 1) + "]");
        String now = "TIMESTAMP '2026-01-01 00:00:00'";
        List<String> sql = new ArrayList<>();
        sql.add("INSERT INTO dispatching_unit (code, name_zh, name_en, unit_type, contact_name, contact_phone,"
                + " contact_email, sample, version, created_at, updated_at) SELECT 'u' || g, 'u' || g, 'u' || g,"
                + " 'UNIVERSITY', '', '', '', FALSE, 1, " + now + ", " + now + " FROM generate_series(0, 39) g");
        sql.add("INSERT INTO specialist (name, unit_code, title_level, title, degree, tier_id, classification,"
                + " phone, email, service_experience, eligibility_exception, status, sample, version, created_at,"
                + " updated_at) SELECT 'name' || g, " + rare("g", "'u0'", "'u' || (1 + g % 39)")
                + ", 'INTERMEDIATE', 'title' || g, 'BACHELOR', " + rare("g", "'county'", "'city'") + ", "
                + rare("g / 7", "'RURAL_ENTREPRENEURSHIP'", "'PUBLIC_WELFARE'") + ", '', '', '', '', "
                + rare("g / 3", "'EXITED'", "(ARRAY['CANDIDATE', 'ACTIVE', 'ACTIVE'])[1 + g % 3]")
                + ", FALSE, 1, " + now + ", "
                + now + " FROM generate_series(1, " + specialists + ") g");
        sql.add("INSERT INTO specialist_field (specialist_id, seq, field) SELECT id, 0, 'field' || (id % 50)"
                + " FROM specialist");
        // the search grams SpecialistEntity writes (V022's back-fill, with PostgreSQL's series for the positions)
        sql.add("INSERT INTO specialist_gram (specialist_id, gram) SELECT DISTINCT t.id, SUBSTR(t.txt, p, w) FROM"
                + " (SELECT id, LOWER(name) AS txt FROM specialist UNION ALL SELECT id, LOWER(title) FROM specialist"
                + " UNION ALL SELECT specialist_id, LOWER(field) FROM specialist_field) t, generate_series(1, 128) p,"
                + " generate_series(1, 2) w WHERE p + w - 1 <= LENGTH(t.txt) AND SUBSTR(t.txt, p, w) NOT LIKE '% %'");
        sql.add("INSERT INTO specialist_county (specialist_id, county_code) SELECT id, "
                + county.apply("id") + " FROM specialist");
        // two programme years: everyone in 2026, a third also in 2025
        sql.add("INSERT INTO assignment (specialist_id, county_code, programme_year, support_level,"
                + " exception_reason, sample, version, created_at, updated_at) SELECT id, "
                + county.apply("id") + ", 2026, " + rare("id", "'COUNTY'", "'CITY'") + ", '',"
                + " FALSE, 1, " + now + ", " + now + " FROM specialist");
        sql.add("INSERT INTO assignment (specialist_id, county_code, programme_year, support_level,"
                + " exception_reason, sample, version, created_at, updated_at) SELECT id, "
                + county.apply("id + 3") + ", 2025, 'CITY', '', FALSE, 1, " + now + ", " + now
                + " FROM specialist WHERE id % 3 = 0");
        sql.add("INSERT INTO assignment_industry (assignment_id, seq, industry) SELECT id, 0, '小麦'"
                + " FROM assignment");
        sql.add("INSERT INTO assignment_recipient (assignment_id, seq, recipient) SELECT id, 0, '合作社'"
                + " FROM assignment");
        sql.add("INSERT INTO recipient (name, kind, county_code, contact_name, contact_phone, contact_email,"
                + " sample, version, created_at, updated_at) SELECT 'r' || g, "
                + rare("g", "'COOPERATIVE'", "'FAMILY_FARM'") + ", " + county.apply("g")
                + ", '', '', '', FALSE, 1, " + now + ", " + now + " FROM generate_series(1, " + recipients
                + ") g");
        sql.add("INSERT INTO recipient_specialist (recipient_id, specialist_id) SELECT r.id,"
                + " (SELECT MIN(id) FROM specialist) + r.id % " + specialists + " FROM recipient r");
        sql.add("INSERT INTO service_log (specialist_id, county_code, start_date, end_date, field_days, kind,"
                + " description, status, review_comment, satisfaction_comment, confirmed_by, correction_reason,"
                + " sample, version, created_at, updated_at) SELECT s.first + g % " + specialists + ", "
                + county.apply("g") + ", DATE '2024-01-01' + g % 900, DATE '2024-01-02' + g % 900, 1.0,"
                + " 'TECHNICAL_GUIDANCE', '', " + rare("g", "'SUBMITTED'", "'CONFIRMED'")
                + ", '', '', '', '', FALSE, 1, " + now + ", " + now
                + " FROM generate_series(1, " + logs + ") g, (SELECT MIN(id) AS first FROM specialist) s");
        sql.add("INSERT INTO service_log_recipient (log_id, recipient_id) SELECT l.id, r.first + l.id % "
                + recipients + " FROM service_log l, (SELECT MIN(id) AS first FROM recipient) r");
        sql.add("INSERT INTO service_log_outcome (log_id, indicator_id, amount) SELECT id, 'techniques', 1"
                + " FROM service_log WHERE id % 2 = 0");
        return sql;
    }

    /**
     * One row in a hundred has the value the test filters by, the others {@code common}: a filter that keeps few
     * rows, as a county's or a unit's does nationally, where walking another index and filtering costs the most,
     * so that the planner shows whether an index serves it.
     */
    private static String rare(String number, String rare, String common) {
        return "CASE WHEN (" + number + ") % 100 = 0 THEN " + rare + " ELSE " + common + " END";
    }
}
