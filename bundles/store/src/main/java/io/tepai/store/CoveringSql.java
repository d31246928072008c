package io.tepai.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.Query;

/**
 * The rule of R-GOAL-1 in SQL ({@link AssignmentRepository#coverageCounts} states it), written once for the coverage
 * matrix's counts and for a cell's drill-down: a table {@code c} of one row per assignment of the year and leading
 * industry of its county that the assignment covers (county_code, industry, assignment_id, specialist_id), of the
 * specialists still in the programme (R-REC-4).
 *
 * <p>Each way to cover is a join of its own: the industries the assignment names with its county's; the fields of
 * the specialists of the assignments naming none with their county's industries; the year's confirmed logs naming an
 * industry of their county (V021's index) with the dispatch there. {@code UNION} merges them, so an assignment
 * covering a cell two ways counts once. Issue 17: the rule checked per pair of assignment and industry cost three
 * probes for each of ~400,000 pairs at province scale (6.9 s on Derby).
 *
 * <p>Native SQL, because JPQL has no {@code UNION} inside a {@code FROM}; it runs unchanged on Derby and PostgreSQL:
 * {@code {fn LOCATE(…)}} is JDBC's escape, which Derby and PostgreSQL's driver ({@code position}) both translate.
 */
final class CoveringSql {

    private final String cellOfAssignment;
    private final String cellOfLog;
    private final List<Object> parameters = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();

    private CoveringSql(boolean oneCell) {
        cellOfAssignment = oneCell ? " AND e.county_code = ? AND ci.industry = ?" : "";
        cellOfLog = oneCell ? " AND l.county_code = ? AND l.industry = ?" : "";
    }

    /** Every county's cells. */
    static CoveringSql ofYear(int year, LocalDate from, LocalDate to) {
        return new CoveringSql(false).build(year, from, to, List.of());
    }

    /** One county's leading industry. */
    static CoveringSql ofCell(String county, String industry, int year, LocalDate from, LocalDate to) {
        return new CoveringSql(true).build(year, from, to, List.of(county, industry));
    }

    private CoveringSql build(int year, LocalDate from, LocalDate to, List<Object> cell) {
        sql.append(" FROM (SELECT e.county_code, ci.industry, e.id,"
                + " e.specialist_id FROM assignment e"
                + " JOIN assignment_industry n ON n.assignment_id = e.id"
                + " JOIN county_industry ci ON ci.county_code = e.county_code AND ci.industry = n.industry"
                + " WHERE e.programme_year = ?").append(cellOfAssignment);
        parameters.add(year);
        parameters.addAll(cell);
        sql.append(" UNION SELECT e.county_code, ci.industry, e.id, e.specialist_id FROM assignment e"
                + " JOIN specialist_field f ON f.specialist_id = e.specialist_id"
                + " JOIN county_industry ci ON ci.county_code = e.county_code"
                + " WHERE e.programme_year = ?").append(cellOfAssignment)
                .append(" AND NOT EXISTS (SELECT 1 FROM assignment_industry n WHERE n.assignment_id = e.id)"
                        + " AND LENGTH(ci.industry) >= 2 AND LENGTH(f.field) >= 2"
                        + " AND ({fn LOCATE(LOWER(ci.industry), LOWER(f.field))} > 0"
                        + " OR {fn LOCATE(LOWER(f.field), LOWER(ci.industry))} > 0)");
        parameters.add(year);
        parameters.addAll(cell);
        sql.append(" UNION SELECT e.county_code, ci.industry, e.id, e.specialist_id FROM service_log l"
                + " JOIN county_industry ci ON ci.county_code = l.county_code AND ci.industry = l.industry"
                + " JOIN assignment e ON e.specialist_id = l.specialist_id AND e.county_code = l.county_code"
                + " WHERE l.status = 'CONFIRMED' AND l.start_date >= ? AND l.start_date <= ?").append(cellOfLog)
                .append(" AND e.programme_year = ?) c (county_code, industry, assignment_id, specialist_id)");
        parameters.add(java.sql.Date.valueOf(from));
        parameters.add(java.sql.Date.valueOf(to));
        parameters.addAll(cell);
        parameters.add(year);
        return this;
    }

    /** {@code FROM} the covering rows {@code c} of those still in the programme: to follow a select list. */
    String serving() {
        return sql + " JOIN specialist s ON s.id = c.specialist_id WHERE s.status <> 'EXITED'";
    }

    /** Binds the rule's parameters, in the order {@link #serving()} has them. */
    Query bind(Query query) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
