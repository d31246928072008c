package io.tepai.demo;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.funding.InsuranceDraft;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistFilter;
import io.tepai.api.specialist.SpecialistStatus;
import java.math.BigDecimal;

/**
 * The demo's accident insurance (R-FUND-5): a policy for the current programme year for most appointed specialists,
 * none for every sixth (by id), so that the list of those without cover has something to show. A specialist who has
 * a policy already is skipped.
 */
final class DemoInsurance {

    private final Actor loader;
    private final DemoServices services;

    DemoInsurance(Actor loader, DemoServices services) {
        this.loader = loader;
        this.services = services;
    }

    String load(int year) {
        int recorded = 0;
        for (Specialist specialist : services.specialists().search(new SpecialistFilter(null, null, null,
                SpecialistStatus.ACTIVE, null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
            if (specialist.id() % 6 == 0
                    || services.insurance().policies(loader, specialist.id(), PageRequest.first()).total() > 0) {
                continue;
            }
            services.insurance().record(loader, new InsuranceDraft(specialist.id(), "中国人寿财产保险焦作中心支公司",
                    "JZPA" + year + "-" + specialist.id(), services.calendar().firstDay(year),
                    services.calendar().lastDay(year), new BigDecimal("180.00"), null));
            recorded++;
        }
        return recorded == 0 ? null : recorded + " accident insurance policies for " + year;
    }
}
