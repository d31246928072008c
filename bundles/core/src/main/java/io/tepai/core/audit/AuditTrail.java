package io.tepai.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.tepai.api.Actor;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.store.Repositories;
import io.tepai.store.entity.AuditEntity;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Appends one audit record per write, inside the write's own transaction: a write that fails leaves no record,
 * a committed write always has one. The changes are computed from the API records before and after the write,
 * field by field, so the trail shows exactly what changed.
 */
public final class AuditTrail {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Longest text kept per value and per reason: the columns are bounded, a write must never fail on them. */
    static final int MAX_TEXT = 1000;

    /** Bookkeeping fields that change with every write and say nothing about it. */
    private static final Set<String> NOT_AUDITED = Set.of("version", "createdAt", "updatedAt", "lastLoginAt");

    private AuditTrail() {
    }

    /**
     * @param before the record before the write, null for a creation
     * @param after  the record after the write, null for a deletion
     * @param reason the reason a rule demands (eligibility exception, correction …), or null
     */
    public static void record(Repositories repos, Actor actor, Instant at, String entity, Object id, String action,
                              Record before, Record after, String reason) {
        repos.audit().append(new AuditEntity(at, actor.username(), actor.scopeDescription(), entity,
                String.valueOf(id), action, toJson(changes(before, after)), cut(reason == null ? "" : reason.strip())));
    }

    /** The fields whose values differ, with their values as text (null when absent). */
    public static Map<String, FieldChange> changes(Record before, Record after) {
        Record shape = after != null ? after : before;
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        if (shape == null) {
            return changes;
        }
        for (RecordComponent component : shape.getClass().getRecordComponents()) {
            if (NOT_AUDITED.contains(component.getName())) {
                continue;
            }
            String old = cut(text(value(component, before)));
            String now = cut(text(value(component, after)));
            if (!Objects.equals(old, now)) {
                changes.put(component.getName(), new FieldChange(old, now));
            }
        }
        return changes;
    }

    static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    private static Object value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " for the audit trail", e);
        }
    }

    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            String json = JSON.writeValueAsString(value);
            return json.startsWith("\"") ? JSON.readValue(json, String.class) : json;
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    private static String toJson(Map<String, FieldChange> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit changes", e);
        }
    }
}
