package io.tepai.core.org;

import io.tepai.api.Actor;
import io.tepai.api.FieldError;
import io.tepai.api.NotFoundException;
import io.tepai.api.ValidationException;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import io.tepai.core.access.Scopes;
import io.tepai.core.audit.AuditedWrite;
import io.tepai.store.Store;
import io.tepai.store.entity.CountyEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counties are fixed reference data; only their leading industries change (R-GOAL-1 relies on them). */
@Component(service = CountyService.class)
public class CountyServiceImpl implements CountyService {

    static final int MAX_INDUSTRIES = 30;

    private static final Logger LOG = LoggerFactory.getLogger(CountyServiceImpl.class);
    private static final AuditedWrite<CountyEntity, County> WRITE =
            AuditedWrite.of("County", CountyEntity::getCode, CountyServiceImpl::toRecord);

    private final Store store;

    @Activate
    public CountyServiceImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<County> list() {
        return store.read(repos -> repos.counties().all().stream().map(CountyServiceImpl::toRecord).toList());
    }

    @Override
    public County get(String code) {
        return store.read(repos -> toRecord(repos.counties().find(code)
                .orElseThrow(() -> new NotFoundException("County", code))));
    }

    @Override
    public County updateLeadingIndustries(Actor actor, String code, long expectedVersion, List<String> industries) {
        Objects.requireNonNull(actor, "actor");
        Scopes.requireCounty(actor, code, "change the leading industries of county '" + code + "'");
        List<String> cleaned = validIndustries(industries);
        County updated = store.write(repos -> {
            CountyEntity county = repos.counties().find(code).orElseThrow(() -> new NotFoundException("County", code));
            return WRITE.update(repos, actor, Instant.now(), county, expectedVersion, "update", row -> {
                row.setLeadingIndustries(cleaned);
                return null;
            });
        });
        LOG.info("{} set the leading industries of {} to {}", actor.username(), code, cleaned);
        return updated;
    }

    private static List<String> validIndustries(List<String> industries) {
        if (industries == null) {
            throw ValidationException.of("leadingIndustries", "is required (an empty list clears it)");
        }
        List<FieldError> errors = new ArrayList<>();
        if (industries.size() > MAX_INDUSTRIES) {
            errors.add(new FieldError("leadingIndustries", "at most " + MAX_INDUSTRIES + " industries"));
        }
        for (int i = 0; i < industries.size(); i++) {
            String industry = industries.get(i);
            if (industry == null || industry.isBlank()) {
                errors.add(new FieldError("leadingIndustries[" + i + "]", "must not be empty"));
            } else if (industry.strip().length() > 128) {
                errors.add(new FieldError("leadingIndustries[" + i + "]", "must be at most 128 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return industries.stream().map(String::strip).distinct().toList();
    }

    static County toRecord(CountyEntity e) {
        return new County(e.getCode(), e.getNameZh(), e.getNameEn(), e.getDivisionCode(),
                List.copyOf(e.getLeadingIndustries()), e.getVersion());
    }
}
