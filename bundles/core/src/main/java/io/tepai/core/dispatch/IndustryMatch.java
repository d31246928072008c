package io.tepai.core.dispatch;

import java.util.Locale;
import java.util.Optional;
import java.util.List;

/**
 * Whether a team's industry or a specialist's field serves a county's leading industry (R-GOAL-1). Names are
 * free text, so they match when one contains the other ("四大怀药" and "怀药", "乡村旅游规划" and "乡村旅游"),
 * ignoring case and spaces; the shorter side needs two characters, so a single character never matches.
 * Deliberately no fuzzier than that: a coverage matrix that invents coverage hides the gaps it exists to show.
 */
public final class IndustryMatch {

    private static final int MIN_LENGTH = 2;

    private IndustryMatch() {
    }

    public static boolean matches(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.length() < MIN_LENGTH || y.length() < MIN_LENGTH) {
            return false;
        }
        return x.contains(y) || y.contains(x);
    }

    /** The first of {@code fields} that matches {@code industry}. */
    public static Optional<String> firstMatch(List<String> fields, String industry) {
        return fields.stream().filter(field -> matches(field, industry)).findFirst();
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
