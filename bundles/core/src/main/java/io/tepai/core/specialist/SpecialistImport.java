package io.tepai.core.specialist;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.RejectedRow;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.core.imports.Columns;
import io.tepai.core.imports.RowImporter;
import io.tepai.core.imports.Table;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import io.tepai.store.Repositories;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Specialists from a file, as a dispatching unit's registration form lists them (R-REC-1): each row checked as
 * {@link SpecialistServiceImpl#create} checks a specialist — the fields, the unit's scope, R-ELIG-1 and the tier's own
 * conditions (R-TIER-1) with the eligibility exception's reason, and R-REC-2's status. An imported specialist is
 * therefore a CANDIDATE unless the city office's file says EXITED: becoming ACTIVE is the selection's appointment
 * list or the city's documented exception with a term (R-REC-2), which a row of a register cannot stand in for.
 */
public final class SpecialistImport implements RowImporter {

    static final Map<String, List<String>> FIELDS = Columns.fields("name|姓名", "unitCode|派出单位|单位",
            "titleLevel|职称级别", "title|职称", "degree|学位|学历", "fields|专业领域|领域",
            "sectors|产业类别", "chainSegments|产业链环节", "tierId|派遣层级|层级",
            "classification|分类指导|类型", "counties|服务县区|县区", "phone|联系电话|电话",
            "email|邮箱|电子邮箱", "serviceExperience|服务经历", "eligibilityException|破格理由|例外理由",
            "status|状态");

    private final SpecialistTiers tiers;

    public SpecialistImport(SpecialistTiers tiers) {
        this.tiers = tiers;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.SPECIALISTS;
    }

    @Override
    public void checkMayImport(Actor actor) {
        if (!actor.isCity() && actor.unit().isEmpty()) {
            throw new ForbiddenException("unit", "Only the city office or a dispatching unit registers specialists");
        }
    }

    @Override
    public int importRows(Repositories repos, Actor actor, Instant now, Table table, List<RejectedRow> rejected) {
        Columns columns = new Columns(table.header(), FIELDS,
                Set.of("name", "unitCode", "titleLevel", "degree", "fields", "tierId", "classification"));
        // a handful of units and counties: known after one query each, not looked up per row
        Set<String> units = new HashSet<>(repos.units().namesZh().keySet());
        Set<String> counties = repos.counties().all().stream().map(CountyEntity::getCode).collect(Collectors.toSet());
        int written = 0;
        for (List<Table.Row> chunk : RowImporter.chunks(table.rows())) {
            List<SpecialistEntity> accepted = new ArrayList<>();
            for (Table.Row row : chunk) {
                Columns.Cells cells = columns.cells(row);
                SpecialistDraft draft = read(cells);
                SpecialistEntity specialist = new SpecialistEntity(now);
                // a unit refused for its own specialist is refused R-REC-2's status, which only the city office sets
                boolean ownUnit = draft.unitCode() != null
                        && actor.unit().filter(draft.unitCode().strip()::equals).isPresent();
                if (cells.problems().isEmpty() && cells.check(ownUnit ? "status" : "unitCode", () -> {
                    SpecialistServiceImpl.checkCreate(actor, draft);
                    specialist.setExceptionProblems(SpecialistServiceImpl.checkReferencesAndEligibility(tiers,
                            units::contains, counties::contains, draft, null));
                    SpecialistServiceImpl.apply(draft, specialist);
                    specialist.setSample(actor.writesSample());
                })) {
                    accepted.add(specialist);
                }
                rejected.addAll(cells.problems());
            }
            if (rejected.isEmpty()) {
                repos.specialists().addAll(accepted);
                repos.flushAndClear();
                written += accepted.size();
            }
        }
        return written;
    }

    private static SpecialistDraft read(Columns.Cells cells) {
        return new SpecialistDraft(cells.text("name"), cells.text("unitCode"),
                cells.constant("titleLevel", TitleLevel.class), cells.text("title"),
                cells.constant("degree", Degree.class), cells.texts("fields"),
                cells.constants("sectors", Sector.class), cells.constants("chainSegments", ChainSegment.class),
                cells.text("tierId"), cells.constant("classification", Classification.class), cells.texts("counties"),
                cells.text("phone"), cells.text("email"), cells.text("serviceExperience"),
                cells.text("eligibilityException"), cells.constant("status", SpecialistStatus.class));
    }
}
