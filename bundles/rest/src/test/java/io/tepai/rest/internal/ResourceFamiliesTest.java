package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.container.ResourceInfo;
import org.junit.jupiter.api.Test;

class ResourceFamiliesTest {

    private final ResourceFamilies families = new ResourceFamilies();

    ResourceFamiliesTest() {
        families.learn("specialists");
        families.learn("roster");
        families.learn("roster/wishes");
        families.learn("teams");
        families.learn("teams/{id}/agreements");
        families.learn("/evaluations/rounds/");
    }

    @Test
    void aPathIsNamedByItsResourceTemplateNeverByItsIds() {
        assertEquals("/api/specialists", families.family("/specialists"));
        assertEquals("/api/specialists", families.family("/specialists/42"));
        assertEquals("/api/specialists", families.family("/specialists/42/transfer"));
        assertEquals("/api/teams", families.family("/teams/7"));
        assertEquals("/api/teams/{id}/agreements", families.family("/teams/7/agreements/3"));
        assertEquals("/api/evaluations/rounds", families.family("/evaluations/rounds/5/compute"));
    }

    @Test
    void theLongestTemplateWins() {
        assertEquals("/api/roster/wishes", families.family("/roster/wishes/12"));
        assertEquals("/api/roster", families.family("/roster/2027"));
    }

    @Test
    void aLiteralSegmentBeatsAVariableOne() {
        families.learn("teams/{id}");
        families.learn("teams/archive");

        assertEquals("/api/teams/archive", families.family("/teams/archive"));
        assertEquals("/api/teams/{id}", families.family("/teams/9"));
    }

    @Test
    void aPathNoResourceServesIsOtherHoweverItIsSpelled() {
        assertEquals("other", families.family("/no-such-thing/123"));
        assertEquals("other", families.family("/specialist"));
        assertEquals("other", families.family("/"));
        assertEquals("other", families.family(null));
        assertEquals("other", families.family("/evaluations/results"));
    }

    @Path("coverage")
    static class CoverageLike {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void theApplicationTeachesItTheResourceClassesTemplates() throws Exception {
        Method get = CoverageLike.class.getMethod("get");
        families.configure(new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return get;
            }

            @Override
            public Class<?> getResourceClass() {
                return CoverageLike.class;
            }
        }, null);

        assertEquals("/api/coverage", families.family("/coverage"));
    }
}
