package io.tepai.bench;

import io.tepai.api.Actor;
import io.tepai.api.account.AccountDraft;
import io.tepai.api.account.Role;
import io.tepai.api.NotFoundException;
import io.tepai.core.security.AccountAdministration;
import io.tepai.core.security.RecentSignIns;
import io.tepai.store.Store;
import java.util.Map;
import java.util.Set;

/**
 * The accounts the HTTP load ({@code bench/reads-under-load.sh}) signs in with: the city office and 武陟县, both with
 * password {@value #PASSWORD}. Made through Tepai's own account service (hashing, audit), once per database.
 */
final class BenchAccounts {

    static final String PASSWORD = "bench-password";
    private static final Actor CITY_IT = new Actor("bench", Set.of(Actor.ROLE_ADMIN));
    private static final Actor OFFICE = new Actor("city", Set.of(Actor.ROLE_CITY));

    private BenchAccounts() {
    }

    static void ensure(Store store) {
        var accounts = new AccountAdministration(store, new RecentSignIns(Map.of()), Map.of());
        ensure(accounts, CITY_IT, new AccountDraft("city", "市科技局（基准测试）", Role.CITY, null, PASSWORD));
        ensure(accounts, OFFICE, new AccountDraft(ProvinceBench.LARGEST, "武陟县科技局（基准测试）", Role.COUNTY,
                ProvinceBench.LARGEST, PASSWORD));
    }

    private static void ensure(AccountAdministration accounts, Actor actor, AccountDraft draft) {
        try {
            accounts.get(CITY_IT, draft.username());
        } catch (NotFoundException absent) {
            accounts.create(actor, draft);
        }
    }
}
