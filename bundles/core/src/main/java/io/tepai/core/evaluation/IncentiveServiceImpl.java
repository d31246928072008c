package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.ForbiddenException;
import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.incentive.IncentiveFilter;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.api.incentive.IncentiveService;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.IncentiveGrantEntity;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Incentives granted on publication (R-INC-1, R-INC-2). The city office and auditors read all, a county the grants
 * to its own subjects, a dispatching unit those to its own people.
 */
@Component(service = IncentiveService.class)
public class IncentiveServiceImpl implements IncentiveService {

    private final Store store;

    @Activate
    public IncentiveServiceImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public Page<IncentiveGrant> search(Actor actor, IncentiveFilter filter, PageRequest page) {
        Objects.requireNonNull(actor, "actor");
        IncentiveFilter f = narrow(actor, filter == null ? IncentiveFilter.ALL : filter);
        return store.read(repos -> {
            Page<IncentiveGrantEntity> grants = repos.evaluations().grants(f.year(), f.roundId(), f.county(),
                    f.unit(), f.policyId(), page);
            // the grant keeps who it was for; the result it was granted for describes the subject fully (tier,
            // industries), so an incentive shows the same subject as its result
            Map<Long, EvaluationResultEntity> results = new HashMap<>();
            repos.evaluations().resultsByIds(grants.items().stream().map(IncentiveGrantEntity::getResultId)
                    .collect(Collectors.toSet())).forEach(r -> results.put(r.getId(), r));
            return grants.map(g -> toRecord(g, results.get(g.getResultId())));
        });
    }

    private static IncentiveFilter narrow(Actor actor, IncentiveFilter f) {
        if (actor.isCity() || actor.hasRole(Actor.ROLE_AUDITOR)) {
            return f;
        }
        if (actor.county().isPresent()) {
            String own = actor.county().get();
            ResultScope.requireSame("county", f.county(), own);
            return new IncentiveFilter(f.year(), f.roundId(), own, f.unit(), f.policyId());
        }
        if (actor.unit().isPresent()) {
            String own = actor.unit().get();
            ResultScope.requireSame("unit", f.unit(), own);
            return new IncentiveFilter(f.year(), f.roundId(), f.county(), own, f.policyId());
        }
        throw new ForbiddenException("city, county, unit or auditor",
                "Incentives are read by the city office, the counties and the dispatching units");
    }

    private static IncentiveGrant toRecord(IncentiveGrantEntity g, EvaluationResultEntity result) {
        SubjectKind kind = SubjectKind.valueOf(g.getSubjectKind());
        Subject subject = result != null ? EvaluationMapper.subject(kind, result)
                : new Subject(kind, g.getSubjectKey(), g.getSubjectName(), g.getCountyCode(), g.getUnitCode(), null,
                        Set.of());
        return new IncentiveGrant(g.getId(), g.getRoundId(), g.getResultId(), g.getYear(), subject,
                Grade.valueOf(g.getGrade()), g.getPolicyId(), g.getSource(), g.getKind(), g.getDescription(),
                g.getAmountCny(), g.getGrantedAt());
    }
}
