package io.tepai.core.dispatch;

import io.tepai.store.Repositories;
import io.tepai.store.entity.AssignmentEntity;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.List;
import java.util.Optional;

/**
 * What a new assignment is checked against: the database for a single write, or for a bulk import the rows it
 * preloaded for a chunk in a few queries together with the file's own earlier rows (an import must neither look up
 * each row's references one by one nor let two rows of one file dispatch the same specialist twice).
 */
interface DispatchRegister {

    Optional<CountyEntity> county(String code);

    Optional<SpecialistEntity> specialist(long id);

    /** The specialist's assignments in the programme year, across counties. */
    List<AssignmentEntity> ofSpecialist(long specialistId, int year);

    /** How a refusal names an assignment it clashes with. */
    default String name(AssignmentEntity assignment) {
        return "assignment " + assignment.getId();
    }

    static DispatchRegister of(Repositories repos) {
        return new DispatchRegister() {
            @Override
            public Optional<CountyEntity> county(String code) {
                return repos.counties().find(code);
            }

            @Override
            public Optional<SpecialistEntity> specialist(long id) {
                return repos.specialists().find(id);
            }

            @Override
            public List<AssignmentEntity> ofSpecialist(long specialistId, int year) {
                return repos.assignments().ofSpecialist(specialistId, year);
            }
        };
    }
}
