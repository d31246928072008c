package io.tepai.store;

/**
 * Narrows a query on rows of a specialist (alias {@code e}, attribute {@code specialistId}) to one specialist, the
 * specialists of a unit, or those dispatched to a county in a year: the scopes funding records are read in.
 */
final class SpecialistConditions {

    private SpecialistConditions() {
    }

    static void apply(Queries<?> query, Long specialistId, String unit, String county, int year) {
        if (specialistId != null) {
            query.where("e.specialistId = :specialist", "specialist", specialistId);
        }
        if (Queries.isSet(unit)) {
            query.where("e.specialistId IN (SELECT s.id FROM Specialist s WHERE s.unitCode = :unit)", "unit", unit);
        }
        if (Queries.isSet(county)) {
            query.where("e.specialistId IN (SELECT a.specialistId FROM Assignment a WHERE a.countyCode = :county"
                    + " AND a.year = " + year + ")", "county", county);
        }
    }
}
