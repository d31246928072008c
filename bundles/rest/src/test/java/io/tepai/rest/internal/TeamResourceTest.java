package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import io.tepai.api.team.TeamFilter;
import io.tepai.api.team.TeamLevel;
import io.tepai.api.team.TeamService;
import io.tepai.api.team.TeamStatus;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/teams hands every query parameter to the service's filter; a unit's page asks for the teams it leads. */
class TeamResourceTest {

    private final List<TeamFilter> asked = new ArrayList<>();
    private final List<PageRequest> pages = new ArrayList<>();

    @Test
    void theUnitParameterFiltersByTheLeadingUnit() throws Exception {
        TeamResource resource = resource();

        resource.list(TeamLevel.CITY, "wuzhi", TeamStatus.ACTIVE, "怀药", "服务团", "hpu", 2, 20);
        resource.list(null, null, null, null, null, null, null, null);

        assertEquals(List.of(new TeamFilter(TeamLevel.CITY, "wuzhi", TeamStatus.ACTIVE, "怀药", "服务团", "hpu"),
                new TeamFilter(null, null, null, null, null, null)), asked);
        assertEquals(new PageRequest(2, 20), pages.get(0));
    }

    private TeamResource resource() throws Exception {
        TeamService service = (TeamService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TeamService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("search")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    asked.add((TeamFilter) args[0]);
                    pages.add((PageRequest) args[1]);
                    return new Page<>(List.of(), 0, 1, 20);
                });
        TeamResource resource = new TeamResource();
        Field field = TeamResource.class.getDeclaredField("teams");
        field.setAccessible(true);
        field.set(resource, service);
        return resource;
    }
}
