package io.tepai.store.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The 1- and 2-character grams a contains-anywhere search seeks by (issue 17, V022's specialist_gram): a text that
 * contains {@code q} holds every bigram of {@code q} (every character, for one character), so the rows holding all of
 * them, read from an index, are the only candidates; the search then confirms the exact match on them.
 *
 * <p>Grams are lower-cased as {@code Queries.containsPattern} lowers the query. A gram holding a space is left out:
 * Derby compares VARCHARs padded with spaces, so {@code 'a '} and {@code 'a'} would be one key. So is one holding half
 * of a surrogate pair (a character outside the BMP): PostgreSQL cannot store it, and Derby's SUBSTR counts UTF-16
 * units where PostgreSQL's counts code points, so their back-fills differ there; a query with such a character is not
 * served by grams ({@link #ofQuery} returns none). Leaving a gram out only widens the candidates: never wrong.
 */
public final class SearchGrams {

    /**
     * At most this many grams of a query are sought: each is a join, and a few already narrow the candidates to the
     * handful the exact match confirms; Derby's optimizer tries every join order of a long list.
     */
    public static final int MAX_QUERY_GRAMS = 3;

    private SearchGrams() {
    }

    /** Every gram of the texts (nulls skipped), as stored for one record. */
    public static Set<String> of(Iterable<String> texts) {
        Set<String> grams = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (int i = 0; i < lower.length(); i++) {
                add(grams, lower.substring(i, i + 1));
                if (i + 1 < lower.length()) {
                    add(grams, lower.substring(i, i + 2));
                }
            }
        }
        return grams;
    }

    private static void add(Set<String> grams, String gram) {
        if (storable(gram)) {
            grams.add(gram);
        }
    }

    private static boolean storable(String gram) {
        return gram.chars().noneMatch(c -> c == ' ' || Character.isSurrogate((char) c));
    }

    /**
     * The grams a text containing {@code query} (stripped and lower-cased as the LIKE pattern is) must hold, at most
     * {@link #MAX_QUERY_GRAMS} spread over it: its bigrams, or its characters when no bigram is storable (one character,
     * or words of one character). Empty when grams cannot serve the query: a character outside the BMP. The last comes
     * first, as the one a search walks: the end of a query tends to be its rarer part (a given name after a common
     * surname, a number after a word), and Derby, with no statistics of values, walks the first.
     */
    public static List<String> ofQuery(String query) {
        String lower = query.strip().toLowerCase(Locale.ROOT);
        if (lower.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return List.of();
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 2 <= lower.length(); i++) {
            String bigram = lower.substring(i, i + 2);
            if (storable(bigram) && !grams.contains(bigram)) {
                grams.add(bigram);
            }
        }
        if (grams.isEmpty()) {
            for (int i = 0; i < lower.length(); i++) {
                String character = lower.substring(i, i + 1);
                if (storable(character) && !grams.contains(character)) {
                    grams.add(character);
                }
            }
        }
        List<String> picked = spread(grams);
        Collections.reverse(picked);
        return picked;
    }

    /** The first and the last, and as many between as the limit allows, evenly spaced: grams far apart in the query. */
    private static List<String> spread(List<String> grams) {
        if (grams.size() <= MAX_QUERY_GRAMS) {
            return new ArrayList<>(grams);
        }
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < MAX_QUERY_GRAMS; i++) {
            picked.add(grams.get(i * (grams.size() - 1) / (MAX_QUERY_GRAMS - 1)));
        }
        return picked;
    }
}
