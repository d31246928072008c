package io.tepai.core.funding;

import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.funding.AllocationDraft;
import io.tepai.api.funding.BudgetSource;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.specialist.Tier;
import io.tepai.api.specialist.TierService;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamStatus;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.SpecialistEntity;
import io.tepai.store.entity.TeamEntity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Who may receive money from which budget, and how much (R-FUND-1, R-FUND-2, R-TIER-1). A city team is funded from
 * the city budget with 100,000–200,000 yuan a year, unless the city office records why not; a county team from its
 * county's budget; a specialist from the budget their tier's funding rule names, by default the tier's annual amount.
 * Only a team active in the year, or a specialist appointed and dispatched in it, receives anything.
 */
final class AllocationRules {

    static final long TEAM_MIN_FEN = 100_000_00L;
    static final long TEAM_MAX_FEN = 200_000_00L;

    private AllocationRules() {
    }

    /** Who receives an allocation, and what it books. */
    record Recipient(Long teamId, Long specialistId, String unit, String county, long amountFen) {
    }

    /**
     * Checks the draft's recipient against the budget.
     *
     * @param amountFen the amount asked for, or null to take the tier's funding (specialists only)
     */
    static Recipient check(Repositories repos, ProgrammeCalendar calendar, TierService tiers, BudgetSource source,
                           int year, AllocationDraft draft, Long amountFen, String exceptionReason) {
        if (draft.teamId() != null) {
            TeamEntity team = repos.teams().find(draft.teamId()).orElseThrow(
                    () -> ValidationException.of("teamId", "no team has id " + draft.teamId()));
            return team(repos, calendar, source, year, team, amountFen, exceptionReason);
        }
        SpecialistEntity specialist = repos.specialists().find(draft.specialistId()).orElseThrow(
                () -> ValidationException.of("specialistId", "no specialist has id " + draft.specialistId()));
        if (exceptionReason != null) {
            throw ValidationException.of("exceptionReason", "is for a city team's amount outside R-FUND-1's range"
                    + " only");
        }
        return specialist(repos, tiers, source, year, specialist, amountFen);
    }

    private static Recipient team(Repositories repos, ProgrammeCalendar calendar, BudgetSource source, int year,
                                  TeamEntity team, Long amountFen, String exceptionReason) {
        boolean city = TeamLevel.CITY.name().equals(team.getLevel());
        String rule = city ? "R-FUND-1" : "R-FUND-2";
        BudgetSource payer = city ? BudgetSource.CITY : BudgetSource.county(team.getCountyCode());
        if (!payer.equals(source)) {
            throw new RuleViolationException(rule, "team " + team.getId() + " (" + team.getName() + ") is "
                    + (city ? "a city team, funded from the city budget" : "a county team of '"
                    + team.getCountyCode() + "', funded from that county's budget") + ", not from " + source);
        }
        LocalDate first = calendar.firstDay(year);
        LocalDate last = calendar.lastDay(year);
        if (!TeamStatus.ACTIVE.name().equals(team.getStatus()) || team.getTermStart().isAfter(last)
                || team.getTermEnd().isBefore(first)) {
            throw new RuleViolationException(rule, "team " + team.getId() + " is " + team.getStatus()
                    + " with a term " + team.getTermStart() + ".." + team.getTermEnd()
                    + "; only a team active in programme year " + year + " receives funding");
        }
        if (amountFen == null) {
            throw ValidationException.of("amount", "is required for a team");
        }
        if (city) {
            // R-FUND-1: 100,000–200,000 yuan per team and year, all allocations of the year together
            long total = repos.funding().teamAllocatedFen(team.getId(), year, source.toString()) + amountFen;
            if ((total < TEAM_MIN_FEN || total > TEAM_MAX_FEN) && exceptionReason == null) {
                throw new RuleViolationException(rule, "a city team receives 100000.00–200000.00 yuan a year;"
                        + " team " + team.getId() + " would receive " + Money.shown(total) + " in " + year
                        + ". The city office may record an exceptionReason");
            }
        } else if (exceptionReason != null) {
            throw ValidationException.of("exceptionReason", "is for a city team's amount outside R-FUND-1's range"
                    + " only");
        }
        return new Recipient(team.getId(), null, team.getUnitCode(), city ? null : team.getCountyCode(), amountFen);
    }

    private static Recipient specialist(Repositories repos, TierService tiers, BudgetSource source, int year,
                                        SpecialistEntity specialist, Long amountFen) {
        List<AssignmentEntity> assignments = repos.assignments().ofSpecialist(specialist.getId(), year).stream()
                .sorted(Comparator.comparingLong(AssignmentEntity::getId)).toList();
        Tier tier = tiers.find(specialist.getTierId()).orElseThrow(() -> new RuleViolationException("R-TIER-1",
                "specialist " + specialist.getId() + " has tier '" + specialist.getTierId()
                        + "', which is not registered now; its funding rule is unknown"));
        FundingRule funding = tier.annualFunding();
        String rule = ruleOf(funding.source());
        if (!SpecialistStatus.ACTIVE.name().equals(specialist.getStatus()) || assignments.isEmpty()) {
            throw new RuleViolationException(rule, "specialist " + specialist.getId() + " (" + specialist.getName()
                    + ") is " + specialist.getStatus() + (assignments.isEmpty() ? " and not dispatched" : "")
                    + " in programme year " + year + "; only an appointed specialist dispatched that year receives"
                    + " funding");
        }
        boolean paysFromSource = switch (funding.source()) {
            case CITY -> source.equals(BudgetSource.CITY);
            case COUNTY -> source.kind() == BudgetSource.Kind.COUNTY
                    && assignments.stream().anyMatch(a -> a.getCountyCode().equals(source.code()));
            case UNIT -> source.equals(BudgetSource.unit(specialist.getUnitCode()));
            case PROVINCE -> false;
        };
        if (!paysFromSource) {
            throw new RuleViolationException(rule, "specialist " + specialist.getId() + " is of tier '" + tier.id()
                    + "', funded by " + payer(funding.source(), specialist) + ", not from " + source);
        }
        long amount = amountFen != null ? amountFen : funding.annualAmount().movePointRight(2).longValueExact();
        if (amount <= 0) {
            throw ValidationException.of("amount", "is required: tier '" + tier.id()
                    + "' names no annual amount (" + funding.note() + ")");
        }
        String county = source.kind() == BudgetSource.Kind.COUNTY ? source.code() : assignments.get(0).getCountyCode();
        return new Recipient(null, specialist.getId(), specialist.getUnitCode(), county, amount);
    }

    private static String payer(FundingSource source, SpecialistEntity specialist) {
        return switch (source) {
            case CITY -> "the city budget";
            case COUNTY -> "the budget of a county they are dispatched to";
            case UNIT -> "unit '" + specialist.getUnitCode() + "''s own budget";
            case PROVINCE -> "the province, outside Tepai's budgets";
        };
    }

    /** The rule that says who pays: the city (R-FUND-1), county finance (R-FUND-2), a unit's own tier (R-TIER-1). */
    static String ruleOf(FundingSource source) {
        return switch (source) {
            case CITY -> "R-FUND-1";
            case UNIT -> "R-TIER-1";
            case COUNTY, PROVINCE -> "R-FUND-2";
        };
    }

    static String ruleOf(BudgetSource source) {
        return switch (source.kind()) {
            case CITY -> "R-FUND-1";
            case COUNTY -> "R-FUND-2";
            case UNIT -> "R-TIER-1";
        };
    }
}
