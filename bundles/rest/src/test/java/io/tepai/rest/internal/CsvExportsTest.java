package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/**
 * CSV is chosen by content negotiation: every export is a GET producing {@link Csv#EXPORT} beside a JSON GET on the
 * same path with the same query parameters, so that {@code Accept} alone decides and JSON stays the default.
 */
class CsvExportsTest {

    private static final List<Class<?>> EXPORTING = List.of(CoverageResource.class, ProgressResource.class,
            ServiceLogResource.class, IncentiveResource.class, EvaluationRoundResource.class, AllocationResource.class,
            ExpenseResource.class, LedgerResource.class);

    @Test
    void everyCsvExportHasAJsonTwinOnTheSamePath() {
        int exports = 0;
        for (Class<?> type : EXPORTING) {
            for (Method csv : type.getDeclaredMethods()) {
                if (!csv.isAnnotationPresent(GET.class) || !List.of(produces(csv)).contains(Csv.EXPORT)) {
                    continue;
                }
                exports++;
                Method json = Stream.of(type.getDeclaredMethods())
                        .filter(m -> !m.equals(csv) && m.isAnnotationPresent(GET.class) && samePath(m, csv))
                        .findFirst().orElseThrow(() -> new AssertionError(csv + " has no JSON twin"));
                String[] produced = json.isAnnotationPresent(Produces.class) ? produces(json)
                        : type.getAnnotation(Produces.class).value();
                assertEquals(List.of(MediaType.APPLICATION_JSON), List.of(produced), json.toString());
                assertTrue(queryParameters(json).containsAll(queryParameters(csv)), csv.toString());
            }
        }
        assertEquals(EXPORTING.size(), exports);
    }

    private static String[] produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        return produces == null ? new String[0] : produces.value();
    }

    private static boolean samePath(Method a, Method b) {
        return Objects.equals(path(a), path(b));
    }

    private static String path(Method method) {
        Path path = method.getAnnotation(Path.class);
        return path == null ? null : path.value();
    }

    private static List<String> queryParameters(Method method) {
        return Stream.of(method.getParameters()).filter(p -> p.isAnnotationPresent(javax.ws.rs.QueryParam.class))
                .map(p -> p.getAnnotation(javax.ws.rs.QueryParam.class).value()).toList();
    }
}
