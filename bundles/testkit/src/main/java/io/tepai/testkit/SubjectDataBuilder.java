package io.tepai.testkit;

import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectData;
import io.tepai.spi.evaluation.SubjectData.BaseRecord;
import io.tepai.spi.evaluation.SubjectData.RequestRecord;
import io.tepai.spi.evaluation.SubjectData.TrainingRecord;
import io.tepai.spi.evaluation.SubjectKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds what Tepai hands a criterion about one subject, e.g.
 * <pre>
 * SubjectData data = SubjectDataBuilder.of(SubjectBuilder.specialist("7", "郭明亮").county("wuzhi"))
 *         .year(2026)
 *         .service(ServiceBuilder.on(LocalDate.of(2026, 5, 4)).kind("DEMONSTRATION_BASE"))
 *         .base("大封镇怀山药示范基地", LocalDate.of(2026, 3, 1))
 *         .build();
 * </pre>
 * The programme year runs from 1 January to 31 December (the default calendar; year 2026 unless set). As in Tepai, a
 * specialist subject is its own only member; {@code specialists} counts the members unless set. Services, bases and
 * requests without a county get the subject's, and a specialist's services are theirs.
 */
public final class SubjectDataBuilder {

    private final Subject subject;
    private int year = 2026;
    private Integer specialists;
    private final List<ServiceBuilder> services = new ArrayList<>();
    private final List<RequestRecord> requests = new ArrayList<>();
    private final List<TrainingRecord> trainings = new ArrayList<>();
    private final List<BaseRecord> bases = new ArrayList<>();
    private int mentees;
    private final Map<String, BigDecimal> inputs = new LinkedHashMap<>();
    private final List<Subject> members = new ArrayList<>();

    private SubjectDataBuilder(Subject subject) {
        this.subject = subject;
    }

    public static SubjectDataBuilder of(Subject subject) {
        return new SubjectDataBuilder(subject);
    }

    public static SubjectDataBuilder of(SubjectBuilder subject) {
        return of(subject.build());
    }

    /** The programme year, from 1 January to 31 December. */
    public SubjectDataBuilder year(int year) {
        this.year = year;
        return this;
    }

    /** How many specialists the records cover, when it is not the number of members. */
    public SubjectDataBuilder specialists(int specialists) {
        this.specialists = specialists;
        return this;
    }

    /** A specialist a team, a county's work or a unit covers. */
    public SubjectDataBuilder member(SubjectBuilder member) {
        members.add(member.build());
        return this;
    }

    public SubjectDataBuilder service(ServiceBuilder service) {
        services.add(service);
        return this;
    }

    /** A coordination request raised on the day, e.g. {@code request(day, "RESOLVED")}. */
    public SubjectDataBuilder request(LocalDate raised, String status) {
        requests.add(new RequestRecord(raised, status, "RESOLVED".equals(status)));
        return this;
    }

    /** Training the specialist gave ({@code gave}) or took part in, e.g. {@code training(day, "FIELD_CLASS", true, "3")}. */
    public SubjectDataBuilder training(LocalDate date, String kind, boolean gave, String hours) {
        trainings.add(new TrainingRecord(date, kind, gave, new BigDecimal(hours)));
        return this;
    }

    /** A demonstration base in the subject's county, set up on {@code established} (null: unknown). */
    public SubjectDataBuilder base(String name, LocalDate established) {
        bases.add(new BaseRecord(name, subject.county(), established));
        return this;
    }

    /** A demonstration base elsewhere. */
    public SubjectDataBuilder base(String name, String county, LocalDate established) {
        bases.add(new BaseRecord(name, county, established));
        return this;
    }

    public SubjectDataBuilder mentees(int mentees) {
        this.mentees = mentees;
        return this;
    }

    /** An evaluator's manual input 0..100, e.g. {@code input("organisation", "90")}. */
    public SubjectDataBuilder input(String name, String value) {
        inputs.put(name, new BigDecimal(value));
        return this;
    }

    public SubjectData build() {
        boolean specialist = subject.kind() == SubjectKind.SPECIALIST;
        List<Subject> covered = specialist && members.isEmpty() ? List.of(subject) : members;
        String by = specialist ? subject.key() : null;
        return new SubjectData(subject, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                specialists == null ? covered.size() : specialists,
                services.stream().map(s -> s.build(subject.county(), by)).toList(), requests, trainings, bases,
                mentees, inputs, covered);
    }
}
