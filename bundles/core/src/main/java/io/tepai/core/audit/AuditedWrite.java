package io.tepai.core.audit;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.store.Repositories;
import io.tepai.store.entity.TimestampedEntity;
import io.tepai.store.entity.VersionedEntity;
import java.time.Instant;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one write skeleton of core's services, for one kind of row: check the version the caller read, take the API
 * record before, apply the change, take it after, and append the audit record, all inside the caller's
 * {@code store.write} transaction, so a write that fails leaves no audit record and a committed one always has one.
 *
 * <p>Declare one per entity kind next to the service's {@code toRecord}, then write inside {@code store.write}:
 * <pre>{@code
 * private static final AuditedWrite<UnitEntity, DispatchingUnit> WRITE =
 *         AuditedWrite.of("DispatchingUnit", UnitEntity::getCode, UnitServiceImpl::toRecord);
 *
 * store.write(repos -> WRITE.update(repos, actor, Instant.now(clock), find(repos, code), expectedVersion,
 *         "update", unit -> { apply(draft, unit); return null; }));
 * store.write(repos -> { WRITE.delete(repos, actor, now, find(repos, code), expectedVersion,
 *         unit -> repos.units().remove(unit)); return null; });
 * store.write(repos -> { UnitEntity unit = new UnitEntity(code, now); repos.units().add(unit);
 *         return WRITE.created(repos, actor, now, unit, null); });
 * }</pre>
 * Scope checks that must see the row before its version is compared stay in the caller, before the call; checks
 * that may refuse the change (a rule, a reference) go into the change or removal function, which throws.
 *
 * @param <E> the entity
 * @param <R> its API record, the form the audit trail compares field by field
 */
public final class AuditedWrite<E extends VersionedEntity, R extends Record> {

    private final String entity;
    private final String shownAs;
    private final Function<E, Object> id;
    private final BiFunction<Repositories, E, R> toRecord;

    private AuditedWrite(String entity, String shownAs, Function<E, Object> id,
                         BiFunction<Repositories, E, R> toRecord) {
        this.entity = Objects.requireNonNull(entity);
        this.shownAs = Objects.requireNonNull(shownAs);
        this.id = Objects.requireNonNull(id);
        this.toRecord = Objects.requireNonNull(toRecord);
    }

    /** For records made from the entity alone. */
    public static <E extends VersionedEntity, R extends Record> AuditedWrite<E, R> of(
            String entity, Function<E, Object> id, Function<E, R> toRecord) {
        return new AuditedWrite<>(entity, entity, id, (repos, row) -> toRecord.apply(row));
    }

    /** For records that read other rows too (names of referenced rows, members, …). */
    public static <E extends VersionedEntity, R extends Record> AuditedWrite<E, R> reading(
            String entity, Function<E, Object> id, BiFunction<Repositories, E, R> toRecord) {
        return new AuditedWrite<>(entity, entity, id, toRecord);
    }

    /** The same, naming the entity in error messages as {@code name} (e.g. "Dispatching unit") instead. */
    public AuditedWrite<E, R> shownAs(String name) {
        return new AuditedWrite<>(entity, name, id, toRecord);
    }

    /** 409 unless the caller changes the version it read (optimistic locking). */
    public void checkVersion(E row, long expectedVersion) {
        if (row.getVersion() != expectedVersion) {
            throw ConflictException.staleVersion(shownAs, id.apply(row), expectedVersion, row.getVersion());
        }
    }

    /**
     * Checks the version, applies {@code change}, stamps {@code updatedAt} on timestamped rows, and audits the
     * change as {@code action}.
     *
     * @param change changes the row and returns the reason a rule demands for it (recorded in the trail), or null
     * @return the record after the change, its version moved
     */
    public R update(Repositories repos, Actor actor, Instant at, E row, long expectedVersion, String action,
                    Function<E, String> change) {
        checkVersion(row, expectedVersion);
        R before = toRecord.apply(repos, row);
        String reason = change.apply(row);
        if (row instanceof TimestampedEntity timestamped) {
            timestamped.setUpdatedAt(at);
        }
        repos.flush();
        R after = toRecord.apply(repos, row);
        AuditTrail.record(repos, actor, at, entity, id.apply(row), action, before, after, reason);
        return after;
    }

    /** Checks the version, lets {@code remove} delete the row (or refuse by throwing), and audits the deletion. */
    public void delete(Repositories repos, Actor actor, Instant at, E row, long expectedVersion, Consumer<E> remove) {
        checkVersion(row, expectedVersion);
        R before = toRecord.apply(repos, row);
        Object key = id.apply(row);
        remove.accept(row);
        AuditTrail.record(repos, actor, at, entity, key, "delete", before, null, null);
    }

    /**
     * Audits a row the caller has just added: flushes, so that the id and version are assigned.
     *
     * @param reason the reason a rule demands for it, or null
     */
    public R created(Repositories repos, Actor actor, Instant at, E row, String reason) {
        return created(repos, actor, at, row, "create", reason);
    }

    /** The same, for a creation the trail names otherwise ({@code action}, e.g. "raise" for a request). */
    public R created(Repositories repos, Actor actor, Instant at, E row, String action, String reason) {
        repos.flush();
        R after = toRecord.apply(repos, row);
        AuditTrail.record(repos, actor, at, entity, id.apply(row), action, null, after, reason);
        return after;
    }
}
