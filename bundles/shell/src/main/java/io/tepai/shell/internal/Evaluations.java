package io.tepai.shell.internal;

import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.Round;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the evaluation commands show rounds, grades and subjects; grades by their Chinese names, as officials say them. */
final class Evaluations {

    private Evaluations() {
    }

    /** 优秀, 良好 …; empty before the subject is graded. */
    static String grade(Grade grade) {
        return grade == null ? "" : grade.nameZh();
    }

    /** How many subjects have a grade; a grade nobody has is 0, not a blank that looks unread. */
    static int count(Round round, Grade grade) {
        return round.gradeCounts().getOrDefault(grade, 0);
    }

    /** E.g. "李华 (7)": the name says who, the key is what the records use. */
    static String subject(Subject subject) {
        return subject.name() + " (" + subject.key() + ")";
    }

    /** "cap" when the 15% cap moved the subject down (R-EVAL-3), "adjusted" when a person changed the grade. */
    static String marker(EvaluationResult result) {
        List<String> markers = new ArrayList<>();
        if (result.capNote() != null && !result.capNote().isBlank()) {
            markers.add("cap");
        }
        if (result.adjustment() != null) {
            markers.add("adjusted");
        }
        return String.join(", ", markers);
    }

    /** E.g. "2026 SPECIALIST, evaluated by county:wuzhi". */
    static String title(Round round) {
        return "Round " + round.id() + ": " + round.year() + " " + round.kind() + ", evaluated by " + round.evaluator();
    }

    /**
     * What a person needs after acting on a round: where it stands, the grades with the excellent quota beside
     * 优秀 (R-EVAL-3), whether it must be computed again, and what went wrong with plug-ins.
     */
    static List<String> summary(Round round) {
        List<String> lines = new ArrayList<>();
        lines.add(title(round));
        lines.add("Status: " + round.status() + (round.stale()
                ? " (stale: inputs changed since it was computed; compute it again before review)" : ""));
        lines.add("Subjects: " + round.subjects());
        lines.add("Grades: " + Stream.of(Grade.values())
                .map(g -> g.nameZh() + " " + count(round, g) + (g == Grade.EXCELLENT
                        ? " (quota " + round.excellentQuota() + ")" : ""))
                .collect(Collectors.joining(", ")));
        lines.add("Problems: " + (round.problems().isEmpty() ? Formats.NONE : round.problems().size()));
        round.problems().forEach(problem -> lines.add("  - " + problem));
        return lines;
    }

    static void print(Round round) {
        summary(round).forEach(System.out::println);
    }
}
