package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.FindingDraft;
import io.tepai.api.funding.FindingKind;
import io.tepai.api.funding.Inspection;
import io.tepai.api.funding.InspectionDraft;

/**
 * The demo's random inspection (R-FUND-4): five of the year's allocations drawn with a fixed seed, the first found in
 * order, the second with fees charged to a recipient and the follow-up decided. Skipped when the year has one.
 */
final class DemoInspection {

    private static final long SEED = 20260315L;

    private final Actor loader;
    private final DemoServices services;

    DemoInspection(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year) {
        if (services.inspections().inspections(loader, year, PageRequest.first()).total() > 0) {
            return null;
        }
        Inspection drawn = services.inspections().draw(loader, new InspectionDraft(year, 5, SEED));
        services.inspections().recordFinding(loader, drawn.id(), new FindingDraft(
                drawn.items().get(0).allocationId(), FindingKind.IN_ORDER, "账目清楚，票据齐全", ""));
        if (drawn.items().size() > 1) {
            services.inspections().recordFinding(loader, drawn.id(), new FindingDraft(
                    drawn.items().get(1).allocationId(), FindingKind.FEES_CHARGED, "向受援合作社收取技术咨询费 600 元",
                    "责令全额退还，通报派出单位"));
        }
        return "an inspection of " + drawn.items().size() + " allocations for " + year + " (seed " + SEED + ")";
    }
}
