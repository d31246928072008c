package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.FeeComplaint;
import io.tepai.api.funding.FeeComplaintDraft;
import io.tepai.api.funding.FeeComplaintService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Repositories;
import io.tepai.store.Store;
import io.tepai.store.entity.AllocationEntity;
import io.tepai.store.entity.FeeComplaintEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Complaints about fees charged to recipients (R-FUND-4): what the ban on charging them is enforced with besides an
 * inspection's finding. Filed once, never changed; the audit trail records who filed it.
 */
@Component(service = FeeComplaintService.class)
public class FeeComplaintServiceImpl implements FeeComplaintService {

    private static final Logger LOG = LoggerFactory.getLogger(FeeComplaintServiceImpl.class);
    private static final int MAX_NOTE = 1000;
    private static final AuditedWrite<FeeComplaintEntity, FeeComplaint> WRITE =
            AuditedWrite.reading("FeeComplaint", FeeComplaintEntity::getId, FeeComplaintServiceImpl::toRecord);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final Clock clock;

    @Activate
    public FeeComplaintServiceImpl(@Reference Store store, @Reference ProgrammeCalendar calendar) {
        this(store, calendar, Clock.systemUTC());
    }

    FeeComplaintServiceImpl(Store store, ProgrammeCalendar calendar, Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public FeeComplaint file(Actor actor, FeeComplaintDraft draft) {
        Objects.requireNonNull(actor, "actor");
        if (draft == null) {
            throw ValidationException.of("body", "a complaint is required");
        }
        String county = draft.county() != null && !draft.county().isBlank() ? draft.county().strip()
                : actor.county().orElse(null);
        FieldErrors errors = new FieldErrors().required("county", county).text("note", draft.note(), MAX_NOTE);
        if (draft.specialistId() == null && draft.allocationId() == null) {
            errors.add("specialistId", "name the specialist or the allocation (or both) the fees were charged under");
        }
        Long fen = Money.fen(errors, "charged", draft.charged(), false);
        errors.throwIfAny();
        Scopes.requireCounty(actor, county, "file a complaint about fees charged to recipients (R-FUND-4)");
        FeeComplaint filed = store.write(repos -> {
            if (repos.counties().find(county).isEmpty()) {
                throw ValidationException.of("county", "no county has code '" + county + "'");
            }
            Long specialistId = draft.specialistId();
            int year = calendar.currentYear();
            if (draft.allocationId() != null) {
                AllocationEntity allocation = repos.funding().findAllocation(draft.allocationId()).orElseThrow(
                        () -> ValidationException.of("allocationId", "no allocation has id " + draft.allocationId()));
                if (specialistId != null && !specialistId.equals(allocation.getSpecialistId())) {
                    throw ValidationException.of("allocationId", "allocation " + allocation.getId()
                            + " is not specialist " + specialistId + "'s");
                }
                specialistId = allocation.getSpecialistId();
                year = allocation.getYear();
            } else if (repos.specialists().find(specialistId).isEmpty()) {
                throw ValidationException.of("specialistId", "no specialist has id " + specialistId);
            }
            Instant now = Instant.now(clock);
            FeeComplaintEntity complaint = new FeeComplaintEntity(year, county, specialistId, draft.allocationId(),
                    fen, draft.note().strip(), actor.username(), now);
            complaint.setSample(actor.writesSample());
            repos.feeComplaints().add(complaint);
            return WRITE.created(repos, actor, now, complaint, complaint.getNote());
        });
        LOG.info("{} filed fee complaint {} for {} ({} yuan charged)", actor.username(), filed.id(), filed.county(),
                filed.charged());
        return filed;
    }

    @Override
    public Page<FeeComplaint> complaints(Actor actor, Integer year, String county, PageRequest page) {
        String scoped = county;
        if (!FundingScope.readsAll(actor)) {
            String own = actor.county().orElseThrow(() -> new ForbiddenException(Actor.ROLE_CITY + " or "
                    + Actor.ROLE_AUDITOR, "Only the city office, the auditor and a county read fee complaints"));
            if (county != null && !county.isBlank() && !county.strip().equals(own)) {
                throw new ForbiddenException("county:" + county.strip(), "This account may not read the fee "
                        + "complaints of county " + county.strip());
            }
            scoped = own;
        }
        String effective = scoped;
        return store.read(repos -> {
            Page<FeeComplaintEntity> rows = repos.feeComplaints().complaints(year, effective, page);
            Map<Object, String> names = repos.funding().names("Specialist", "id", "name", rows.items().stream()
                    .map(FeeComplaintEntity::getSpecialistId).filter(Objects::nonNull).toList());
            return rows.map(row -> toRecord(row, names));
        });
    }

    static FeeComplaint toRecord(Repositories repos, FeeComplaintEntity row) {
        return toRecord(row, repos.funding().names("Specialist", "id", "name", row.getSpecialistId() == null
                ? List.of() : List.of(row.getSpecialistId())));
    }

    private static FeeComplaint toRecord(FeeComplaintEntity row, Map<Object, String> names) {
        return new FeeComplaint(row.getId(), row.getYear(), row.getCountyCode(), row.getSpecialistId(),
                row.getSpecialistId() == null ? null : names.get(row.getSpecialistId()), row.getAllocationId(),
                Money.yuan(row.getChargedFen()), row.getNote(), row.getFiledBy(), row.getFiledAt(), row.isSample(),
                row.getVersion());
    }
}
