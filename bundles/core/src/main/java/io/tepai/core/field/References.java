package io.tepai.core.field;

import io.tepai.store.Repositories;
import io.tepai.store.entity.CountyEntity;
import io.tepai.store.entity.RecipientEntity;
import io.tepai.store.entity.SpecialistEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the references of a recipient or a log are checked against: the database for a single write, or the rows
 * an import preloaded for a chunk in a few queries (an import must not look up each row's references one by one).
 */
interface References {

    Optional<SpecialistEntity> specialist(long id);

    Optional<CountyEntity> county(String code);

    Optional<RecipientEntity> recipient(long id);

    /** Looked up in the database, one by one. */
    static References of(Repositories repos) {
        return new References() {
            @Override
            public Optional<SpecialistEntity> specialist(long id) {
                return repos.specialists().find(id);
            }

            @Override
            public Optional<CountyEntity> county(String code) {
                return repos.counties().find(code);
            }

            @Override
            public Optional<RecipientEntity> recipient(long id) {
                return repos.recipients().find(id);
            }
        };
    }

    /**
     * Looked up in the database, the given recipients (a single write's few) in one query up front instead of one
     * lookup each (issue 17).
     */
    static References of(Repositories repos, Collection<Long> recipientIds) {
        Map<Long, RecipientEntity> recipients = new HashMap<>();
        repos.recipients().byIds(recipientIds.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(r -> recipients.put(r.getId(), r));
        References database = of(repos);
        return new References() {
            @Override
            public Optional<SpecialistEntity> specialist(long id) {
                return database.specialist(id);
            }

            @Override
            public Optional<CountyEntity> county(String code) {
                return database.county(code);
            }

            @Override
            public Optional<RecipientEntity> recipient(long id) {
                return Optional.ofNullable(recipients.get(id));
            }
        };
    }

    /** Ids in slices of {@link #SLICE}: Derby refuses an IN list of many thousands as "too complex". */
    static List<List<Long>> slices(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return slices;
    }

    /** The most ids in one IN list. */
    int SLICE = 1000;

    /** Loaded at once: every county, and the specialists and recipients with these ids, in a few queries. */
    static References preload(Repositories repos, Collection<Long> specialistIds, Collection<Long> recipientIds) {
        Map<String, CountyEntity> counties = new HashMap<>();
        repos.counties().all().forEach(c -> counties.put(c.getCode(), c));
        Map<Long, SpecialistEntity> specialists = new HashMap<>();
        for (List<Long> ids : slices(specialistIds)) {
            repos.specialists().byIds(ids).forEach(s -> specialists.put(s.getId(), s));
        }
        Map<Long, RecipientEntity> recipients = new HashMap<>();
        for (List<Long> ids : slices(recipientIds)) {
            repos.recipients().byIds(ids).forEach(r -> recipients.put(r.getId(), r));
        }
        return new References() {
            @Override
            public Optional<SpecialistEntity> specialist(long id) {
                return Optional.ofNullable(specialists.get(id));
            }

            @Override
            public Optional<CountyEntity> county(String code) {
                return Optional.ofNullable(counties.get(code));
            }

            @Override
            public Optional<RecipientEntity> recipient(long id) {
                return Optional.ofNullable(recipients.get(id));
            }
        };
    }
}
