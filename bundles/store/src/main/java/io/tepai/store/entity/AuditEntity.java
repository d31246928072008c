package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One audit record. Immutable once persisted: no setters, and no repository method updates or deletes it. */
@Entity(name = "AuditRecord")
@Table(name = "audit_record")
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "actor")
    private String actor;

    @Column(name = "actor_scope")
    private String actorScope;

    @Column(name = "entity")
    private String entity;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "action")
    private String action;

    /** The changed fields as a JSON object {@code {"field": {"before": …, "after": …}}}. */
    @Column(name = "changes")
    private String changes;

    @Column(name = "reason")
    private String reason;

    protected AuditEntity() {
    }

    public AuditEntity(Instant recordedAt, String actor, String actorScope, String entity, String entityId,
                       String action, String changes, String reason) {
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.actorScope = actorScope;
        this.entity = entity;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorScope() {
        return actorScope;
    }

    public String getEntity() {
        return entity;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getReason() {
        return reason;
    }
}
