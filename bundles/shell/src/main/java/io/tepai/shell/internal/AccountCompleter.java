package io.tepai.shell.internal;

import io.tepai.api.Actor;
import io.tepai.api.PageRequest;
import io.tepai.api.TepaiException;
import io.tepai.api.account.Account;
import io.tepai.api.account.AccountService;
import java.util.List;
import java.util.Optional;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Usernames (the first {@value PageRequest#MAX_SIZE}), read as the signed-in user: who may not list accounts is
 * offered nothing.
 */
@Service
public class AccountCompleter implements Completer {

    @Reference
    AccountService accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        Optional<Actor> actor = Actors.current();
        if (actor.isEmpty()) {
            return -1;
        }
        List<String> usernames;
        try {
            usernames = accounts.search(actor.get(), null, new PageRequest(1, PageRequest.MAX_SIZE)).items().stream()
                    .map(Account::username).toList();
        } catch (TepaiException e) {
            return -1;
        }
        return new StringsCompleter(usernames).complete(session, commandLine, candidates);
    }
}
