package io.tepai.core.field;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.field.LogKind;
import io.tepai.api.field.LogStatus;
import io.tepai.api.field.OutcomeIndicator;
import io.tepai.api.field.ServiceLogDraft;
import io.tepai.api.imports.ImportKind;
import io.tepai.api.imports.RejectedRow;
import io.tepai.core.access.Scopes;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.imports.Columns;
import io.tepai.core.imports.RowImporter;
import io.tepai.core.imports.Table;
import io.tepai.core.roster.Exited;
import io.tepai.store.Repositories;
import io.tepai.store.entity.ServiceLogEntity;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Confirmed service logs from a file, as a county transcribes the logs its recipients confirmed on paper: each row is
 * checked as {@link ServiceLogServiceImpl#create} checks a log (fields, dates, half days, the specialist, county,
 * recipients and leading industry, R-REC-4's exited specialists, one place a day — against the database and against
 * the file's own earlier rows) and as {@link ServiceLogServiceImpl#confirm} checks a confirmation (the county's
 * scope, the rating, R-SVC-1's dispatch or the county's reason). The logs are written CONFIRMED, by the importing
 * account.
 */
public final class LogImport implements RowImporter {

    static final String[] FIELDS = {"specialistId|专家编号", "county|县区|县", "recipientIds|受援对象编号|受援对象",
            "startDate|开始日期|日期", "endDate|结束日期", "fieldDays|天数|服务天数", "kind|类型|服务类型",
            "description|服务内容|内容", "industry|产业|主导产业", "satisfaction|满意度", "comment|评价",
            DispatchCover.FIELD + "|派驻外理由"};

    private final ProgrammeCalendar calendar;
    private final Supplier<List<OutcomeIndicator>> indicators;
    private final Clock clock;

    public LogImport(ProgrammeCalendar calendar, Supplier<List<OutcomeIndicator>> indicators, Clock clock) {
        this.calendar = calendar;
        this.indicators = indicators;
        this.clock = clock;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.LOGS;
    }

    /** A checked row on its way to the database. */
    private record Checked(Columns.Cells cells, ServiceLogDraft draft, Integer satisfaction, String comment,
                           String reason) {
    }

    @Override
    public int importRows(Repositories repos, Actor actor, Instant now, Table table, List<RejectedRow> rejected) {
        List<OutcomeIndicator> outcomes = indicators.get();
        Map<String, List<String>> fields = Columns.fields(FIELDS);
        outcomes.forEach(indicator -> fields.put(indicator.id(), List.of(indicator.nameZh())));
        Columns columns = new Columns(table.header(), fields,
                Set.of("specialistId", "county", "startDate", "fieldDays", "kind", "description"));
        LocalDate today = LocalDate.now(clock.withZone(ProgrammeCalendarService.ZONE));
        // the file's own rows so far, per specialist: a row must not overlap an earlier one either
        Map<Long, List<LogRules.FieldTime>> inFile = new HashMap<>();
        // logs this import has written already: the database's copy of them is the file's row, counted once
        Set<Long> written = new HashSet<>();
        for (List<Table.Row> chunk : RowImporter.chunks(table.rows())) {
            List<Checked> rows = new ArrayList<>();
            Set<Long> specialists = new HashSet<>();
            Set<Long> recipients = new HashSet<>();
            LocalDate from = null;
            LocalDate to = null;
            for (Table.Row row : chunk) {
                Checked checked = read(columns, row, outcomes);
                Columns.Cells cells = checked.cells();
                if (cells.problems().isEmpty()) {
                    ServiceLogDraft draft = checked.draft();
                    try {
                        LogRules.validate(draft, outcomes, today);
                        ServiceLogServiceImpl.checkConfirmation(checked.satisfaction(), checked.comment(),
                                checked.reason());
                        String county = draft.county().strip();
                        Scopes.requireCounty(actor, county,
                                "review service logs in county '" + county + "'");
                        specialists.add(draft.specialistId());
                        recipients.addAll(draft.recipientIds());
                        from = from == null || draft.startDate().isBefore(from) ? draft.startDate() : from;
                        to = to == null || LogRules.end(draft).isAfter(to) ? LogRules.end(draft) : to;
                    } catch (ValidationException e) {
                        cells.reject(e.errors());
                    } catch (ForbiddenException e) {
                        cells.reject("county", e.getMessage());
                    }
                }
                rows.add(checked);
            }
            References references = References.preload(repos, specialists, recipients);
            Map<Long, List<LogRules.FieldTime>> inDatabase = new HashMap<>();
            Set<String> dispatches = new HashSet<>();
            if (from != null) {
                for (List<Long> ids : References.slices(specialists)) {
                    for (Object[] log : repos.logs().fieldTimeOf(ids, from, to, LogRules.earliestReaching(from))) {
                        if (!written.contains((Long) log[0])) {
                            inDatabase.computeIfAbsent((Long) log[1], id -> new ArrayList<>())
                                    .add(LogRules.FieldTime.of(log));
                        }
                    }
                    for (Object[] dispatch : repos.assignments().dispatchesOf(ids, calendar.yearOf(from),
                            calendar.yearOf(to))) {
                        dispatches.add(dispatch[0] + "/" + dispatch[1] + "/" + dispatch[2]);
                    }
                }
            }
            List<ServiceLogEntity> accepted = new ArrayList<>();
            for (Checked checked : rows) {
                Columns.Cells cells = checked.cells();
                if (cells.problems().isEmpty()) {
                    ServiceLogDraft draft = checked.draft();
                    try {
                        LogRules.checkReferences(references, draft);
                        Exited.refuse(references.specialist(draft.specialistId()).orElseThrow(), "log service");
                        List<LogRules.FieldTime> others = new ArrayList<>(
                                inDatabase.getOrDefault(draft.specialistId(), List.of()));
                        others.addAll(inFile.getOrDefault(draft.specialistId(), List.of()));
                        LogRules.checkNoOverlap(draft, others);
                        ServiceLogEntity log = new ServiceLogEntity(draft.specialistId(), now);
                        LogRules.apply(draft, log);
                        DispatchCover.confirmWith(covered(dispatches, log), log, checked.reason());
                        log.setStatus(LogStatus.CONFIRMED.name());
                        log.setConfirmation(actor.username(), now, checked.satisfaction(), checked.comment());
                        log.setSample(actor.writesSample());
                        accepted.add(log);
                        inFile.computeIfAbsent(draft.specialistId(), id -> new ArrayList<>()).add(
                                new LogRules.FieldTime("row " + cells.row(), log.getFieldDays(), log.getStartDate(),
                                        log.getEndDate()));
                    } catch (RuleViolationException e) {
                        cells.reject(e);
                    } catch (ValidationException e) {
                        cells.reject(e.errors());
                    }
                }
                rejected.addAll(cells.problems());
            }
            if (rejected.isEmpty()) {
                repos.logs().addAll(accepted);
                accepted.forEach(log -> written.add(log.getId()));
                repos.flushAndClear();
            }
        }
        return written.size();
    }

    private Checked read(Columns columns, Table.Row row, List<OutcomeIndicator> outcomes) {
        Columns.Cells cells = columns.cells(row);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (OutcomeIndicator indicator : outcomes) {
            BigDecimal amount = cells.decimal(indicator.id());
            if (amount != null) {
                amounts.put(indicator.id(), amount);
            }
        }
        ServiceLogDraft draft = new ServiceLogDraft(cells.id("specialistId"), cells.text("county"),
                cells.ids("recipientIds"), cells.date("startDate"), cells.date("endDate"), cells.decimal("fieldDays"),
                cells.constant("kind", LogKind.class), cells.text("description"), amounts, cells.text("industry"));
        Integer satisfaction = cells.integer("satisfaction");
        String comment = cells.text("comment");
        String reason = cells.text(DispatchCover.FIELD);
        return new Checked(cells, draft, satisfaction, comment == null ? "" : comment,
                reason == null ? "" : reason);
    }

    /** R-SVC-1 as {@link DispatchCover#covered} has it: an assignment to the county in every year the log touches. */
    private boolean covered(Set<String> dispatches, ServiceLogEntity log) {
        for (int year = calendar.yearOf(log.getStartDate()); year <= calendar.yearOf(log.getEndDate()); year++) {
            if (!dispatches.contains(log.getSpecialistId() + "/" + log.getCountyCode() + "/" + year)) {
                return false;
            }
        }
        return true;
    }
}
