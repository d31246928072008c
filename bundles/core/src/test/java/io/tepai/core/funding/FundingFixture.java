package io.tepai.core.funding;

import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.Organisation.Specialists;
import io.tepai.core.testing.TestStore;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.BudgetEntity;
import java.time.Instant;

/** Rows for tests that need allocations but are not about how they are made (inspections). */
final class FundingFixture {

    private FundingFixture() {
    }

    /** Units hpu and jzu, one specialist of hpu, a city budget of the year and {@code count} allocations to them. */
    static void allocations(TestStore db, int year, int count) {
        Organisation.units(db.store());
        long specialist = new Specialists(db.store(), Organisation.builtInTiers()).active("钱抽");
        Instant now = Instant.parse(year + "-03-01T00:00:00Z");
        db.store().write(repos -> {
            BudgetEntity budget = repos.funding().add(new BudgetEntity(year, "CITY", 100_000_000L, "", now));
            for (int i = 0; i < count; i++) {
                repos.funding().add(new AllocationEntity(budget, null, specialist, "hpu", "wuzhi", 100_00L, "", now));
            }
            return null;
        });
    }
}
