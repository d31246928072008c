package io.tepai.api.funding;

/**
 * What funding may be spent on (R-FUND-3), and nothing else: work subsidy at the recipient location, transport and
 * travel, training, insurance, documents, materials, testing, vehicle fuel, road and bridge tolls.
 */
public enum ExpenseCategory {
    WORK_SUBSIDY,
    TRANSPORT_TRAVEL,
    TRAINING,
    INSURANCE,
    DOCUMENTS,
    MATERIALS,
    TESTING,
    VEHICLE_FUEL,
    TOLLS
}
