package io.tepai.core.dispatch;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.dispatch.AssignmentDraft;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.RejectedRow;
import io.tepai.core.access.Scopes;
import io.tepai.core.imports.Columns;
import io.tepai.core.imports.RowImporter;
import io.tepai.core.imports.Table;
import io.tepai.core.module.PolicyModules;
import io.tepai.core.tier.SpecialistTiers;
import io.tepai.spi.tier.SupportLevel;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Dispatch assignments from a file (a specialist sent to a county for a programme year): each row checked as
 * {@link AssignmentServiceImpl#create} checks one — the county's scope, the county and specialist existing, R-REC-4's
 * exited and R-REC-2's not yet appointed specialists, the county's leading industries, R-TIER-1's plug-in tiers, the
 * level a county may name, one dispatch per specialist, county and year, and R-REC-3's double support — against the
 * database and against the file's own earlier rows.
 */
public final class AssignmentImport implements RowImporter {

    static final Map<String, List<String>> FIELDS = Columns.fields("specialistId|专家编号", "county|县区|县",
            "year|年度|年份", "level|支持层级|层级", "industries|服务产业|产业", "recipients|受援对象",
            "exceptionReason|例外理由");

    private final SpecialistTiers tiers;
    private final PolicyModules modules;

    public AssignmentImport(SpecialistTiers tiers, PolicyModules modules) {
        this.tiers = tiers;
        this.modules = modules;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.ASSIGNMENTS;
    }

    @Override
    public void checkMayImport(Actor actor) {
        if (!actor.isCity() && actor.county().isEmpty()) {
            throw new ForbiddenException("county", "Only the city office or a county dispatches specialists");
        }
    }

    @Override
    public int importRows(Repositories repos, Actor actor, Instant now, Table table, List<RejectedRow> rejected) {
        Columns columns = new Columns(table.header(), FIELDS, Set.of("specialistId", "county", "year"));
        Map<String, CountyEntity> counties = repos.counties().all().stream()
                .collect(Collectors.toMap(CountyEntity::getCode, Function.identity()));
        // the file's accepted rows by specialist and year, and the row each came from, for the rows after them
        Map<String, List<AssignmentEntity>> inFile = new HashMap<>();
        Map<AssignmentEntity, Integer> rowOf = new IdentityHashMap<>();
        // what this import wrote already: the database's copy of it is the file's row, counted once
        Set<Long> written = new HashSet<>();
        for (List<Table.Row> chunk : RowImporter.chunks(table.rows())) {
            List<Columns.Cells> rows = new ArrayList<>();
            List<AssignmentDraft> drafts = new ArrayList<>();
            Set<Long> specialistIds = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            for (Table.Row row : chunk) {
                Columns.Cells cells = columns.cells(row);
                AssignmentDraft draft = new AssignmentDraft(cells.id("specialistId"), cells.text("county"),
                        cells.integer("year"), cells.constant("level", SupportLevel.class), cells.texts("industries"),
                        cells.texts("recipients"), cells.text("exceptionReason"));
                if (cells.problems().isEmpty() && cells.check("county", () -> {
                    AssignmentServiceImpl.validate(draft);
                    String county = draft.county().strip();
                    Scopes.requireCounty(actor, county, "dispatch specialists to county '" + county + "'");
                })) {
                    specialistIds.add(draft.specialistId());
                    years.add(draft.year());
                }
                rows.add(cells);
                drafts.add(draft);
            }
            Map<Long, SpecialistEntity> specialists = repos.specialists().byIds(specialistIds).stream()
                    .collect(Collectors.toMap(SpecialistEntity::getId, Function.identity()));
            Map<String, List<AssignmentEntity>> inDatabase = new HashMap<>();
            for (int year : years) {
                for (AssignmentEntity assignment : repos.assignments().ofSpecialists(specialistIds, year)) {
                    if (!written.contains(assignment.getId())) {
                        inDatabase.computeIfAbsent(key(assignment.getSpecialistId(), year), k -> new ArrayList<>())
                                .add(assignment);
                    }
                }
            }
            DispatchRegister register = new DispatchRegister() {
                @Override
                public Optional<CountyEntity> county(String code) {
                    return Optional.ofNullable(counties.get(code));
                }

                @Override
                public Optional<SpecialistEntity> specialist(long id) {
                    return Optional.ofNullable(specialists.get(id));
                }

                @Override
                public List<AssignmentEntity> ofSpecialist(long specialistId, int year) {
                    List<AssignmentEntity> all = new ArrayList<>(inDatabase.getOrDefault(key(specialistId, year),
                            List.of()));
                    all.addAll(inFile.getOrDefault(key(specialistId, year), List.of()));
                    return all;
                }

                @Override
                public String name(AssignmentEntity assignment) {
                    Integer row = rowOf.get(assignment);
                    return row != null ? "row " + row + " of this file" : "assignment " + assignment.getId();
                }
            };
            List<AssignmentEntity> accepted = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Columns.Cells cells = rows.get(i);
                AssignmentDraft draft = drafts.get(i);
                AssignmentEntity assignment = new AssignmentEntity(now);
                // a refusal of the scope here is a county naming another government's level or recording R-REC-3's
                // exception: on the row, the message says which
                if (cells.problems().isEmpty() && cells.check(null, () -> AssignmentServiceImpl.apply(tiers,
                        modules, register, actor, draft, assignment, null))) {
                    assignment.setSample(actor.writesSample());
                    accepted.add(assignment);
                    inFile.computeIfAbsent(key(assignment.getSpecialistId(), assignment.getYear()),
                            k -> new ArrayList<>()).add(assignment);
                    rowOf.put(assignment, cells.row());
                }
                rejected.addAll(cells.problems());
            }
            if (rejected.isEmpty()) {
                repos.assignments().addAll(accepted);
                accepted.forEach(assignment -> written.add(assignment.getId()));
                repos.flushAndClear();
            }
        }
        return written.size();
    }

    private static String key(long specialistId, int year) {
        return specialistId + "/" + year;
    }
}
