/**
 * Funding (经费): budgets per programme year and source, allocations to teams and specialists (R-FUND-1, R-FUND-2),
 * expenses in the allowed categories (R-FUND-3) and the ledger that sums them. Money is exact: the database keeps
 * whole fen, the API shows yuan with two decimals.
 */
@Export
@Version("0.1.0")
package io.tepai.api.funding;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
