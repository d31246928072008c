package io.tepai.store.entity;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** An intake (招募批次) and how far its selection has come (R-REC-2). */
@Entity(name = "Intake")
@Table(name = "intake")
public class IntakeEntity extends SampleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_year")
    private int year;

    @Column(name = "title")
    private String title;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "status")
    private String status;

    @Column(name = "notice_start")
    private LocalDate noticeStart;

    @Column(name = "notice_end")
    private LocalDate noticeEnd;

    @Column(name = "notice_days")
    private Integer noticeDays;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    protected IntakeEntity() {
    }

    public IntakeEntity(int year, String title, LocalDate deadline, String status, String openedBy, Instant openedAt) {
        this.year = year;
        this.title = title;
        this.deadline = deadline;
        this.status = status;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getNoticeStart() {
        return noticeStart;
    }

    public LocalDate getNoticeEnd() {
        return noticeEnd;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNotice(LocalDate start, LocalDate end, int workingDays) {
        this.noticeStart = start;
        this.noticeEnd = end;
        this.noticeDays = workingDays;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
