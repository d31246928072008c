package io.tepai.core.funding;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.ValidationException;
import io.tepai.api.funding.FindingDraft;
import io.tepai.api.funding.FindingKind;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;
import io.tepai.api.funding.InspectionService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.core.validation.FieldErrors;
import io.tepai.store.Store;
import io.tepai.store.entity.InspectionEntity;
import io.tepai.store.entity.InspectionItemRow;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Random inspections of the use of funding (R-FUND-4). The city office draws; the seed and the draw are stored, and
 * the draw is the documented function of seed and population ({@link Inspection}), so anyone can re-run it. Only the
 * drawn positions are fetched, one allocation id each: never the whole year.
 */
@Component(service = InspectionService.class)
public class InspectionServiceImpl implements InspectionService {

    static final int MAX_SAMPLE = 200;
    private static final int MAX_TEXT = 1000;
    private static final AuditedWrite<InspectionEntity, Inspection> WRITE =
            AuditedWrite.of("Inspection", InspectionEntity::getId, InspectionServiceImpl::toRecord);

    private final Store store;
    private final Clock clock;

    @Activate
    public InspectionServiceImpl(@Reference Store store) {
        this(store, Clock.systemUTC());
    }

    InspectionServiceImpl(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Inspection draw(Actor actor, InspectionDraft draft) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "draw allocations for inspection (R-FUND-4)");
        if (draft == null) {
            throw ValidationException.of("body", "a draw is required");
        }
        FieldErrors errors = new FieldErrors().year("year", draft.year()).required("sampleSize", draft.sampleSize());
        if (draft.sampleSize() != null && (draft.sampleSize() < 1 || draft.sampleSize() > MAX_SAMPLE)) {
            errors.add("sampleSize", "must be between 1 and " + MAX_SAMPLE);
        }
        errors.throwIfAny();
        long seed = draft.seed() != null ? draft.seed() : new SecureRandom().nextLong();
        return store.write(repos -> {
            long population = repos.inspections().allocationsOf(draft.year());
            if (population == 0) {
                throw new ConflictException("Programme year " + draft.year() + " has no allocations to inspect");
            }
            Instant now = Instant.now(clock);
            InspectionEntity inspection = new InspectionEntity(draft.year(), draft.sampleSize(), seed, population,
                    actor.username(), now);
            inspection.setSample(actor.writesSample());
            for (long position : positions(seed, population, draft.sampleSize())) {
                inspection.getItems().add(new InspectionItemRow(repos.inspections().allocationAt(draft.year(),
                        position)));
            }
            repos.inspections().add(inspection);
            return WRITE.created(repos, actor, now, inspection, "seed " + seed);
        });
    }

    /** The drawn positions in draw order: the partial Fisher–Yates shuffle {@link Inspection} documents. */
    static List<Long> positions(long seed, long population, int sampleSize) {
        Random random = new Random(seed);
        int size = Math.toIntExact(Math.min(population, Integer.MAX_VALUE));
        Map<Integer, Integer> swapped = new HashMap<>();
        List<Long> drawn = new ArrayList<>();
        for (int i = 0; i < Math.min(sampleSize, size); i++) {
            int j = i + random.nextInt(size - i);
            int atJ = swapped.getOrDefault(j, j);
            swapped.put(j, swapped.getOrDefault(i, i));
            drawn.add((long) atJ);
        }
        return drawn;
    }

    @Override
    public Inspection get(Actor actor, long id) {
        Scopes.requireCityOrAuditor(actor, "read inspections");
        return store.read(repos -> toRecord(repos.inspections().find(id)
                .orElseThrow(() -> new NotFoundException("Inspection", id))));
    }

    @Override
    public Page<Inspection> inspections(Actor actor, Integer year, PageRequest page) {
        Scopes.requireCityOrAuditor(actor, "read inspections");
        return store.read(repos -> repos.inspections().inspections(year, page).map(InspectionServiceImpl::toRecord));
    }

    @Override
    public Inspection recordFinding(Actor actor, long id, FindingDraft draft) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCity(actor, "record inspection findings (R-FUND-4)");
        if (draft == null) {
            throw ValidationException.of("body", "a finding is required");
        }
        new FieldErrors().required("allocationId", draft.allocationId()).required("finding", draft.finding())
                .optionalText("note", draft.note(), MAX_TEXT).optionalText("followUp", draft.followUp(), MAX_TEXT)
                .throwIfAny();
        if (draft.finding() != FindingKind.IN_ORDER && (draft.note() == null || draft.note().isBlank())) {
            throw ValidationException.of("note", "is required: what was found");
        }
        return store.write(repos -> {
            InspectionEntity inspection = repos.inspections().find(id)
                    .orElseThrow(() -> new NotFoundException("Inspection", id));
            InspectionItemRow item = inspection.getItems().stream()
                    .filter(row -> row.getAllocationId() == draft.allocationId()).findFirst()
                    .orElseThrow(() -> ValidationException.of("allocationId", "allocation " + draft.allocationId()
                            + " was not drawn in inspection " + id));
            Instant now = Instant.now(clock);
            return WRITE.update(repos, actor, now, inspection, inspection.getVersion(), "finding", row -> {
                item.record(draft.finding().name(), draft.note() == null ? "" : draft.note().strip(),
                        draft.followUp() == null ? "" : draft.followUp().strip(), actor.username(), now);
                // the element collection changed: the row's version must move too
                row.setUpdatedAt(now);
                return draft.note();
            });
        });
    }

    static Inspection toRecord(InspectionEntity e) {
        List<Inspection.Item> items = e.getItems().stream().map(row -> new Inspection.Item(row.getAllocationId(),
                row.getFinding() == null ? null : FindingKind.valueOf(row.getFinding()), row.getNote(),
                row.getFollowUp(), row.getRecordedBy(), row.getRecordedAt())).toList();
        return new Inspection(e.getId(), e.getYear(), e.getSampleSize(), e.getSeed(), e.getPopulation(),
                e.getDrawnBy(), e.getCreatedAt(), items, e.isSample(), e.getVersion());
    }
}
