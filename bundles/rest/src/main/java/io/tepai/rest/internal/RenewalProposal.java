package io.tepai.rest.internal;

import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.Renewal;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import java.util.List;

/**
 * The renewal proposal of a round (R-REC-4): each result's subject, grade in force and proposed renewal, as core
 * recorded them when it published the round. A projection only; the renewal is null before publication.
 */
public record RenewalProposal(Subject subject, Grade grade, Renewal renewal) {

    static final String CSV_HEADER = "subject_kind,subject,name,county,unit,tier,grade,grade_zh,renewal";

    static List<RenewalProposal> of(List<EvaluationResult> results) {
        return results.stream().map(r -> new RenewalProposal(r.subject(), r.grade(), r.renewal())).toList();
    }

    /** One row per subject ({@link Csv}); the grade also in Chinese, as the counties file it. */
    static Csv csv(List<RenewalProposal> proposal) {
        Csv csv = new Csv(CSV_HEADER);
        for (RenewalProposal line : proposal) {
            Subject s = line.subject();
            csv.row(s.kind(), s.key(), s.name(), s.county(), s.unit(), s.tier(), line.grade(),
                    line.grade() == null ? null : line.grade().nameZh(), line.renewal());
        }
        return csv;
    }
}
