package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.InsuranceDraft;
import io.tepai.api.funding.InsurancePolicy;
import io.tepai.api.funding.InsuranceService;
import io.tepai.api.funding.UninsuredSpecialist;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.InsurancePolicyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Personal accident insurance (R-FUND-5): during the term the dispatching unit buys it for each specialist, and
 * records it here; who is appointed but without cover today is a view of its own, found by the database. A premium
 * paid from the specialist's funds names their allocation and is booked against it as an INSURANCE expense.
 */
@Component(service = InsuranceService.class)
public class InsuranceServiceImpl implements InsuranceService {

    private static final AuditedWrite<InsurancePolicyEntity, InsurancePolicy> WRITE =
            AuditedWrite.reading("InsurancePolicy", InsurancePolicyEntity::getId, InsuranceServiceImpl::toRecord);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public InsuranceServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    InsuranceServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public InsurancePolicy record(Actor actor, InsuranceDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a policy is required");
        }
        FieldErrors errors = new FieldErrors().required("specialistId", draft.specialistId())
                .text("insurer", draft.insurer(), 128).text("policyNumber", draft.policyNumber(), 64)
                .term("validFrom", draft.validFrom(), "validTo", draft.validTo());
        Long premium = Money.fen(errors, "premium", draft.premium(), true);
        errors.throwIfAny();
        return store.write(repos -> {
            SpecialistEntity specialist = repos.specialists().find(draft.specialistId()).orElseThrow(
                    () -> ValidationException.of("specialistId", "no specialist has id " + draft.specialistId()));
            // R-FUND-5: the unit buys it for its specialist
            Scopes.requireUnit(actor, specialist.getUnitCode(), "record the insurance of specialist "
                    + specialist.getId());
            Instant now = Instant.now(clock);
            InsurancePolicyEntity policy = new InsurancePolicyEntity(specialist.getId(), draft.insurer().strip(),
                    draft.policyNumber().strip(), draft.validFrom(), draft.validTo(), premium, now);
            policy.setSample(actor.writesSample());
            repos.insurance().add(policy);
            if (draft.paidFromAllocationId() != null) {
                payFromAllocation(repos, actor, now, specialist, draft, premium);
            }
            return WRITE.created(repos, actor, now, policy, null);
        });
    }

    /** R-FUND-5: a premium paid from the specialist's funds is an INSURANCE expense of their own allocation. */
    private void payFromAllocation(Repositories repos, Actor actor, Instant now, SpecialistEntity specialist,
                                   InsuranceDraft draft, long premium) {
        AllocationEntity allocation = FundingServiceImpl.lockedAllocation(repos, actor, draft.paidFromAllocationId());
        if (!Long.valueOf(specialist.getId()).equals(allocation.getSpecialistId())) {
            throw ValidationException.of("paidFromAllocationId", "allocation " + allocation.getId()
                    + " is not specialist " + specialist.getId() + "'s own");
        }
        FundingServiceImpl.bookIn(repos, calendar, actor, now, allocation, ExpenseCategory.INSURANCE, "validFrom",
                draft.validFrom(), premium, "人身意外伤害保险保费（" + draft.insurer().strip() + " "
                        + draft.policyNumber().strip() + "）");
    }

    @Override
    public Page<InsurancePolicy> policies(Actor actor, Long specialistId, PageRequest page) {
        AllocationFilter scope = FundingScope.narrow(actor,
                new AllocationFilter(null, null, null, specialistId, null, null));
        int year = calendar.currentYear();
        return store.read(repos -> {
            Page<InsurancePolicyEntity> rows = repos.insurance().policies(scope.specialistId(), scope.unit(),
                    scope.county(), year, page);
            List<Long> ids = rows.items().stream().map(InsurancePolicyEntity::getSpecialistId).distinct().toList();
            Map<Object, String> names = repos.funding().names("Specialist", "id", "name", ids);
            Map<Object, String> units = repos.funding().names("Specialist", "id", "unitCode", ids);
            return rows.map(row -> toRecord(row, names.get(row.getSpecialistId()), units.get(row.getSpecialistId())));
        });
    }

    @Override
    public Page<UninsuredSpecialist> uninsured(Actor actor, String county, PageRequest page) {
        AllocationFilter scope = FundingScope.narrow(actor, new AllocationFilter(null, null, null, null, county, null));
        if (scope.specialistId() != null) {
            throw new ForbiddenException(Actor.ROLE_CITY + " or " + Actor.ROLE_AUDITOR,
                    "A specialist's account may not list other specialists' insurance");
        }
        int year = calendar.currentYear();
        return store.read(repos -> repos.insurance().uninsured(calendar.today(), scope.unit(), scope.county(), year,
                page).map(s -> new UninsuredSpecialist(s.getId(), s.getName(), s.getUnitCode(), s.getTierId())));
    }

    static InsurancePolicy toRecord(Repositories repos, InsurancePolicyEntity policy) {
        SpecialistEntity specialist = repos.specialists().find(policy.getSpecialistId()).orElseThrow();
        return toRecord(policy, specialist.getName(), specialist.getUnitCode());
    }

    private static InsurancePolicy toRecord(InsurancePolicyEntity policy, String name, String unit) {
        return new InsurancePolicy(policy.getId(), policy.getSpecialistId(), name, unit, policy.getInsurer(), policy.getPolicyNumber(), policy.getValidFrom(),
                policy.getValidTo(), Money.yuan(policy.getPremiumFen()), policy.isSample(), policy.getVersion());
    }
}
