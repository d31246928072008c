package io.tepai.store.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One agreed task of an agreement and the fulfilment its county recorded (R-SVC-2). Immutable: a change replaces the
 * row in the agreement's list, which is how the list notices it. The evidence logs are a short list (at most
 * {@code MAX_EVIDENCE} ids, validated by core) kept with the task in one column, since an element of a collection
 * cannot hold a collection of its own; nothing queries by them.
 */
@Embeddable
public class AgreementTaskRow {

    @Column(name = "task")
    private String task;

    @Column(name = "fulfilment")
    private String fulfilment;

    @Column(name = "fulfilment_note")
    private String note = "";

    @Column(name = "evidence_logs")
    private String evidenceLogs = "";

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected AgreementTaskRow() {
    }

    /** An open task. */
    public AgreementTaskRow(String task) {
        this.task = task;
    }

    /** The task with a fulfilment recorded. */
    public AgreementTaskRow recorded(String fulfilment, List<Long> evidenceLogIds, String note, String by,
                                     Instant at) {
        AgreementTaskRow row = new AgreementTaskRow(task);
        row.fulfilment = fulfilment;
        row.evidenceLogs = evidenceLogIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        row.note = note;
        row.recordedBy = by;
        row.recordedAt = at;
        return row;
    }

    public String getTask() {
        return task;
    }

    /** The recorded fulfilment, or null while the task is open. */
    public String getFulfilment() {
        return fulfilment;
    }

    public String getNote() {
        return note == null ? "" : note;
    }

    public List<Long> getEvidenceLogIds() {
        return evidenceLogs == null || evidenceLogs.isBlank() ? List.of()
                : Arrays.stream(evidenceLogs.split(",")).map(Long::valueOf).toList();
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
