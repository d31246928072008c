package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.funding.Disbursement;
import io.tepai.api.funding.DisbursementDraft;
import io.tepai.api.funding.DisbursementService;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Store;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.DisbursementEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Money paid out against allocations. The limit holds under concurrency as for expenses: the allocation's row is
 * locked before what was paid already is summed, so a second payment waits for the first and then sees it.
 */
@Component(service = DisbursementService.class)
public class DisbursementServiceImpl implements DisbursementService {

    private static final Logger LOG = LoggerFactory.getLogger(DisbursementServiceImpl.class);
    private static final int MAX_REFERENCE = 64;
    private static final AuditedWrite<DisbursementEntity, Disbursement> WRITE =
            AuditedWrite.of("Disbursement", DisbursementEntity::getId, DisbursementServiceImpl::toRecord);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public DisbursementServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    DisbursementServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Disbursement disburse(Actor actor, DisbursementDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a disbursement is required");
        }
        FieldErrors errors = new FieldErrors().required("allocationId", draft.allocationId())
                .required("paidOn", draft.paidOn()).text("reference", draft.reference(), MAX_REFERENCE);
        Long fen = Money.fen(errors, "amount", draft.amount(), false);
        errors.throwIfAny();
        Disbursement paid = store.write(repos -> {
            // locked until commit: concurrent payments against the allocation take turns against its amount
            AllocationEntity allocation = repos.funding().lockAllocation(draft.allocationId())
                    .orElseThrow(() -> new NotFoundException("Allocation", draft.allocationId()));
            FundingServiceImpl.requireOwner(actor, BudgetSource.parse("source", allocation.getSource()),
                    "pay out against allocation " + allocation.getId());
            FundingServiceImpl.requireWithinYear(calendar, "paidOn", draft.paidOn(), allocation);
            long disbursed = repos.funding().disbursedFen(allocation.getId());
            if (disbursed + fen > allocation.getAmountFen()) {
                throw new RuleViolationException("R-FUND-3", "allocation " + allocation.getId() + " has "
                        + Money.shown(allocation.getAmountFen() - disbursed) + " yuan left to pay out, less than "
                        + Money.shown(fen) + "; nothing is paid beyond what was allocated");
            }
            Instant now = Instant.now(clock);
            DisbursementEntity row = new DisbursementEntity(allocation, draft.paidOn(), fen,
                    draft.reference().strip(), actor.username(), now);
            row.setSample(actor.writesSample());
            repos.funding().add(row);
            return WRITE.created(repos, actor, now, row, null);
        });
        LOG.info("{} paid out {} yuan against allocation {} ({})", actor.username(), paid.amount(),
                paid.allocationId(), paid.reference());
        return paid;
    }

    @Override
    public Page<Disbursement> disbursements(Actor actor, Long allocationId, Integer year, PageRequest page) {
        AllocationFilter scope = FundingScope.narrow(actor, new AllocationFilter(year, null, null, null, null, null));
        return store.read(repos -> repos.funding().disbursements(allocationId, scope, page)
                .map(DisbursementServiceImpl::toRecord));
    }

    static Disbursement toRecord(DisbursementEntity row) {
        return new Disbursement(row.getId(), row.getAllocationId(), row.getYear(), row.getPaidOn(),
                Money.yuan(row.getAmountFen()), row.getReference(), row.getPaidBy(), row.getPaidAt(), row.isSample());
    }
}
