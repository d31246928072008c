package io.tepai.core.demo;

import io.tepai.api.Actor;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.core.evaluation.EvaluationServiceImpl;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The demo's evaluation rounds for the current programme year, left as drafts so that a county can compute its
 * own: one specialist round per county with dispatched specialists (R-EVAL-2) and the city's rounds of teams,
 * counties' work and units. A round that exists already (a resumed load) is kept.
 */
final class DemoEvaluation {

    private final Actor loader;
    private final Store store;
    private final EvaluationServiceImpl evaluations;

    DemoEvaluation(Actor loader, Store store, EvaluationServiceImpl evaluations) {
        this.loader = loader;
        this.store = store;
        this.evaluations = evaluations;
    }

    String load(int year) {
        TreeSet<String> counties = store.read(repos -> repos.assignments().ofYear(year).stream()
                .map(AssignmentEntity::getCountyCode).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<RoundDraft> drafts = new ArrayList<>();
        counties.forEach(county -> drafts.add(new RoundDraft(year, SubjectKind.SPECIALIST, county)));
        drafts.add(new RoundDraft(year, SubjectKind.TEAM, null));
        drafts.add(new RoundDraft(year, SubjectKind.COUNTY_WORK, null));
        drafts.add(new RoundDraft(year, SubjectKind.UNIT, null));
        int created = 0;
        for (RoundDraft draft : drafts) {
            String evaluator = draft.county() == null ? "city" : "county:" + draft.county();
            boolean exists = store.read(repos -> repos.evaluations().round(year, draft.kind().name(), evaluator)
                    .isPresent());
            if (!exists) {
                long id = evaluations.create(loader, draft).id();
                store.write(repos -> {
                    repos.evaluations().round(id).orElseThrow().setSample(true);
                    return null;
                });
                created++;
            }
        }
        return created + " draft evaluation rounds for " + year + " (" + counties.size() + " counties' specialist"
                + " rounds, teams, counties' work, units)";
    }
}
