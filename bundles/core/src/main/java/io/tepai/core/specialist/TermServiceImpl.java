package io.tepai.core.specialist;

import io.tepai.api.NotFoundException;
import io.tepai.api.specialist.Term;
import io.tepai.api.specialist.TermService;
import io.tepai.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads terms; {@link Terms} writes them. */
@Component(service = TermService.class)
public class TermServiceImpl implements TermService {

    private final Store store;

    @Activate
    public TermServiceImpl(@Reference Store store) {
        this.store = store;
    }

    @Override
    public List<Term> history(long specialistId) {
        return store.read(repos -> {
            repos.specialists().find(specialistId).orElseThrow(() -> new NotFoundException("Specialist", specialistId));
            return repos.terms().ofSpecialist(specialistId).stream().map(Terms::toRecord).toList();
        });
    }

    @Override
    public Optional<Term> on(long specialistId, LocalDate day) {
        return store.read(repos -> repos.terms().on(specialistId, day).map(Terms::toRecord));
    }
}
