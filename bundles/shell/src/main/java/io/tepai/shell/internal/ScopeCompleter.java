package io.tepai.shell.internal;

import io.tepai.api.PageRequest;
import io.tepai.api.account.Role;
import io.tepai.api.org.County;
import io.tepai.api.org.CountyService;
import io.tepai.api.org.DispatchingUnit;
import io.tepai.api.org.UnitFilter;
import io.tepai.api.org.UnitService;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * The scope argument that follows a role: county codes after COUNTY, unit codes (the first
 * {@value PageRequest#MAX_SIZE}) after UNIT; nothing for specialist ids, too many to list, nor for unscoped roles.
 */
@Service
public class ScopeCompleter implements Completer {

    @Reference
    CountyService counties;

    @Reference
    UnitService units;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> scopes = roleTyped(commandLine).map(role -> switch (role) {
            case COUNTY -> counties.list().stream().map(County::code).toList();
            case UNIT -> units.search(UnitFilter.ALL, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                    .map(DispatchingUnit::code).toList();
            case CITY, SPECIALIST, AUDITOR, ADMIN -> List.<String>of();
        }).orElse(List.of());
        return new StringsCompleter(scopes).complete(session, commandLine, candidates);
    }

    /** The role is the last word before the cursor that names one (the username comes before it). */
    static Optional<Role> roleTyped(CommandLine commandLine) {
        String[] words = commandLine.getArguments();
        if (words == null) {
            return Optional.empty();
        }
        for (int i = Math.min(commandLine.getCursorArgumentIndex(), words.length) - 1; i >= 0; i--) {
            String name = words[i].strip().toUpperCase(Locale.ROOT);
            Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst();
            if (role.isPresent()) {
                return role;
            }
        }
        return Optional.empty();
    }
}
