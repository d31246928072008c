package io.tepai.rest.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.ws.rs.Path;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

/**
 * Names the resource family of a request path for the request metrics: the class-level {@code @Path} template of the
 * resource that serves it ({@code /api/specialists}, {@code /api/teams/{id}/agreements}), never the path itself, so
 * ids never become labels and the number of families is the number of resource classes. The templates are learnt as
 * the application is built (a {@link DynamicFeature} sees every resource method), so a resource added later is named
 * like the others. A path no resource serves is {@link #OTHER}, however it is spelled.
 */
public class ResourceFamilies implements DynamicFeature {

    static final String OTHER = "other";

    /** Template → its segments, a {@code {…}} segment standing for any one segment. */
    private final Map<String, String[]> templates = new ConcurrentHashMap<>();

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Path path = resource.getResourceClass().getAnnotation(Path.class);
        if (path != null) {
            learn(path.value());
        }
    }

    void learn(String template) {
        String[] segments = segments(template);
        if (segments.length > 0) {
            templates.putIfAbsent("/api/" + String.join("/", segments), segments);
        }
    }

    /**
     * The family of a path under {@code /api} (as the servlet sees it, without {@code /api}): the template with the
     * most segments that the path starts with, a literal segment beating a {@code {…}} one at the first difference.
     */
    String family(String path) {
        String[] given = segments(path == null ? "" : path);
        String best = OTHER;
        String[] bestSegments = null;
        for (Map.Entry<String, String[]> template : templates.entrySet()) {
            String[] segments = template.getValue();
            if (matches(segments, given) && (bestSegments == null || better(segments, bestSegments))) {
                best = template.getKey();
                bestSegments = segments;
            }
        }
        return best;
    }

    private static boolean matches(String[] template, String[] path) {
        if (template.length > path.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            if (!isVariable(template[i]) && !template[i].equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean better(String[] candidate, String[] best) {
        if (candidate.length != best.length) {
            return candidate.length > best.length;
        }
        for (int i = 0; i < candidate.length; i++) {
            if (isVariable(candidate[i]) != isVariable(best[i])) {
                return !isVariable(candidate[i]);
            }
        }
        return false;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] segments(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toArray(String[]::new);
    }
}
