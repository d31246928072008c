package io.tepai.store.entity;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One timestamped step of a coordination request. */
@Embeddable
public class RequestStepRow {

    @Column(name = "at_time")
    private Instant at;

    @Column(name = "action")
    private String action;

    @Column(name = "actor")
    private String actor;

    @Column(name = "holder")
    private String holder;

    @Column(name = "note")
    private String note;

    protected RequestStepRow() {
    }

    public RequestStepRow(Instant at, String action, String actor, String holder, String note) {
        this.at = at;
        this.action = action;
        this.actor = actor;
        this.holder = holder;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getHolder() {
        return holder;
    }

    public String getNote() {
        return note;
    }
}
