package io.tepai.rest.internal;

import io.tepai.api.funding.Allocation;
import io.tepai.api.funding.Expense;
import io.tepai.api.funding.ExpenseCategory;
import io.tepai.api.funding.LedgerLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Allocations, expenses and the ledger as CSV for spreadsheets ({@link Csv}); amounts in yuan with two decimals. */
final class FundingCsv {

    /** The most rows an export holds; a larger one is refused rather than cut short unseen. */
    static final int MAX_ROWS = 10_000;

    private FundingCsv() {
    }

    static Csv allocations(List<Allocation> allocations) {
        Csv csv = new Csv("id,year,budget_id,source,team_id,specialist_id,recipient,unit,county,amount,spent,"
                + "remaining,exception_reason");
        for (Allocation a : allocations) {
            csv.row(a.id(), a.year(), a.budgetId(), a.source(), a.teamId(), a.specialistId(), a.recipientName(),
                    a.unit(), a.county(), a.amount(), a.spent(), a.remaining(), a.exceptionReason());
        }
        return csv;
    }

    static Csv expenses(List<Expense> expenses) {
        Csv csv = new Csv("id,year,allocation_id,category,spent_on,amount,description,corrects_id,reason,booked_by");
        for (Expense x : expenses) {
            csv.row(x.id(), x.year(), x.allocationId(), x.category(), x.spentOn(), x.amount(), x.description(),
                    x.correctsId(), x.reason(), x.bookedBy());
        }
        return csv;
    }

    /** One row per line, one column per category of R-FUND-3 (empty: nothing spent on it). */
    static Csv ledger(List<LedgerLine> lines) {
        List<String> header = new ArrayList<>(List.of("key", "name", "budgeted", "committed", "allocated",
                "disbursed", "spent", "remaining"));
        Stream.of(ExpenseCategory.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).forEach(header::add);
        Csv csv = new Csv(String.join(",", header));
        for (LedgerLine line : lines) {
            List<Object> row = new ArrayList<>(List.of(line.key(), line.name()));
            row.add(line.budgeted());
            row.add(line.committed());
            row.addAll(List.<BigDecimal>of(line.allocated(), line.disbursed(), line.spent(), line.remaining()));
            Stream.of(ExpenseCategory.values()).map(line.byCategory()::get).forEach(row::add);
            csv.row(row.toArray());
        }
        return csv;
    }
}
