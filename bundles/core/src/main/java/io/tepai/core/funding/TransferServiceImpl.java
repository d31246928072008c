package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.AllocationFilter;
import io.tepai.api.funding.TechnologyTransfer;
import io.tepai.api.funding.TransferDraft;
import io.tepai.api.funding.TransferService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TechnologyTransferEntity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Technology transfers (R-INC-3): the specialist's R&D team receives at least 70% of the net income. An installation
 * may demand more with {@code minTeamSharePercent} in {@code etc/io.tepai.funding.cfg}; a value below 70 is ignored
 * with a warning, because the plan's floor is not the installation's to lower.
 */
@Component(service = TransferService.class, configurationPid = "io.tepai.funding")
public class TransferServiceImpl implements TransferService {

    static final BigDecimal FLOOR_PERCENT = new BigDecimal("70");
    static final String MIN_SHARE_KEY = "minTeamSharePercent";

    private static final Logger LOG = LoggerFactory.getLogger(TransferServiceImpl.class);
    private static final AuditedWrite<TechnologyTransferEntity, TechnologyTransfer> WRITE =
            AuditedWrite.reading("TechnologyTransfer", TechnologyTransferEntity::getId, TransferServiceImpl::toRecord);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;
    private volatile BigDecimal minPercent = FLOOR_PERCENT;

    @Activate
    public TransferServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar,
                               Map<String, Object> config) {
        this(store, calendar, Clock.systemUTC());
        configure(config);
    }

    TransferServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Modified
    void configure(Map<String, Object> config) {
        minPercent = minPercent(config);
    }

    /** The configured minimum share in percent: 70 unless a valid value from 70 to 100 is set (R-INC-3). */
    static BigDecimal minPercent(Map<String, ?> config) {
        Object value = config == null ? null : config.get(MIN_SHARE_KEY);
        if (value == null) {
            return FLOOR_PERCENT;
        }
        try {
            BigDecimal percent = new BigDecimal(value.toString().strip());
            if (percent.compareTo(FLOOR_PERCENT) >= 0 && percent.compareTo(new BigDecimal("100")) <= 0) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("Ignoring {}={} in io.tepai.funding: R-INC-3 demands at least 70 (and at most 100); keeping 70",
                MIN_SHARE_KEY, value);
        return FLOOR_PERCENT;
    }

    @Override
    public TechnologyTransfer record(Actor actor, TransferDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a transfer is required");
        }
        FieldErrors errors = new FieldErrors().required("specialistId", draft.specialistId())
                .required("kind", draft.kind()).text("title", draft.title(), 200)
                .required("concludedOn", draft.concludedOn());
        Long income = Money.fen(errors, "netIncome", draft.netIncome(), false);
        Long share = Money.fen(errors, "teamShare", draft.teamShare(), true);
        errors.throwIfAny();
        if (share > income) {
            throw ValidationException.of("teamShare", "must not exceed the net income");
        }
        BigDecimal percent = percent(share, income);
        BigDecimal required = minPercent;
        if (percent.compareTo(required) < 0) {
            throw new RuleViolationException("R-INC-3", "the R&D team receives at least "
                    + required.stripTrailingZeros().toPlainString() + "% of the net income of a technology transfer; "
                    + Money.shown(share) + " of " + Money.shown(income) + " yuan is " + percent.toPlainString() + "%");
        }
        return store.write(repos -> {
            SpecialistEntity specialist = repos.specialists().find(draft.specialistId()).orElseThrow(
                    () -> ValidationException.of("specialistId", "no specialist has id " + draft.specialistId()));
            Scopes.requireUnit(actor, specialist.getUnitCode(), "record a technology transfer of specialist "
                    + specialist.getId());
            Instant now = Instant.now(clock);
            TechnologyTransferEntity transfer = new TechnologyTransferEntity(specialist.getId(), draft.kind().name(),
                    draft.title().strip(), draft.concludedOn(), income, share, now);
            transfer.setSample(actor.writesSample());
            repos.transfers().add(transfer);
            return WRITE.created(repos, actor, now, transfer, null);
        });
    }

    @Override
    public Page<TechnologyTransfer> transfers(Actor actor, Long specialistId, PageRequest page) {
        AllocationFilter scope = FundingScope.narrow(actor,
                new AllocationFilter(null, null, null, specialistId, null, null));
        int year = calendar.currentYear();
        return store.read(repos -> repos.transfers().transfers(scope.specialistId(), scope.unit(), scope.county(),
                year, page).map(transfer -> toRecord(repos, transfer)));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
    }

    static TechnologyTransfer toRecord(Repositories repos, TechnologyTransferEntity t) {
        SpecialistEntity specialist = repos.specialists().find(t.getSpecialistId()).orElseThrow();
        return new TechnologyTransfer(t.getId(), t.getSpecialistId(), specialist.getName(),
                specialist.getUnitCode(), TechnologyTransfer.TransferKind.valueOf(t.getKind()), t.getTitle(),
                t.getConcludedOn(), Money.yuan(t.getNetIncomeFen()), Money.yuan(t.getTeamShareFen()),
                percent(t.getTeamShareFen(), t.getNetIncomeFen()), t.isSample(), t.getVersion());
    }
}
