package io.tepai.store;

import javax.persistence.EntityManager;

/** The repositories of one unit of work, all sharing its entity manager and transaction. */
public final class Repositories {

    private final CountyRepository counties;
    private final UnitRepository units;
    private final SpecialistRepository specialists;
    private final MetaRepository meta;
    private final AccountRepository accounts;
    private final AuditRepository audit;
    private final TeamRepository teams;
    private final AgreementRepository agreements;
    private final AssignmentRepository assignments;
    private final SquadRepository squads;
    private final RecipientRepository recipients;
    private final ServiceLogRepository logs;
    private final RequestRepository requests;
    private final RecordsRepository records;
    private final EvaluationRepository evaluations;
    private final FundingRepository funding;
    private final InsuranceRepository insurance;
    private final TransferRepository transfers;
    private final InspectionRepository inspections;
    private final FeeComplaintRepository feeComplaints;
    private final RosterRepository rosters;
    private final TermRepository terms;
    private final IntakeRepository intakes;
    private final DemandRepository demands;
    private final ModuleSwitchRepository moduleSwitches;
    private final EntityManager em;

    public Repositories(EntityManager em) {
        this.em = em;
        this.counties = new CountyRepository(em);
        this.units = new UnitRepository(em);
        this.specialists = new SpecialistRepository(em);
        this.meta = new MetaRepository(em);
        this.accounts = new AccountRepository(em);
        this.audit = new AuditRepository(em);
        this.teams = new TeamRepository(em);
        this.agreements = new AgreementRepository(em);
        this.assignments = new AssignmentRepository(em);
        this.squads = new SquadRepository(em);
        this.recipients = new RecipientRepository(em);
        this.logs = new ServiceLogRepository(em);
        this.requests = new RequestRepository(em);
        this.records = new RecordsRepository(em);
        this.evaluations = new EvaluationRepository(em);
        this.funding = new FundingRepository(em);
        this.insurance = new InsuranceRepository(em);
        this.transfers = new TransferRepository(em);
        this.inspections = new InspectionRepository(em);
        this.feeComplaints = new FeeComplaintRepository(em);
        this.rosters = new RosterRepository(em);
        this.terms = new TermRepository(em);
        this.intakes = new IntakeRepository(em);
        this.demands = new DemandRepository(em);
        this.moduleSwitches = new ModuleSwitchRepository(em);
    }

    public CountyRepository counties() {
        return counties;
    }

    public UnitRepository units() {
        return units;
    }

    public SpecialistRepository specialists() {
        return specialists;
    }

    public MetaRepository meta() {
        return meta;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public AuditRepository audit() {
        return audit;
    }

    public TeamRepository teams() {
        return teams;
    }

    public AgreementRepository agreements() {
        return agreements;
    }

    public AssignmentRepository assignments() {
        return assignments;
    }

    /** Squad officers and workstations. */
    public SquadRepository squads() {
        return squads;
    }

    public RecipientRepository recipients() {
        return recipients;
    }

    public ServiceLogRepository logs() {
        return logs;
    }

    public RequestRepository requests() {
        return requests;
    }

    /** Training, demonstration bases, mentees. */
    public RecordsRepository records() {
        return records;
    }

    /** Writes pending changes now, so that generated ids and incremented versions are visible. */
    public void flush() {
        em.flush();
    }

    /**
     * Writes pending changes and forgets every entity read so far, for work that pages through many rows in one
     * transaction: entities found before are detached, find them again.
     */
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    /**
     * Forgets every entity read so far, for a read that pages through more rows than the heap should hold at once
     * (issue 17): entities found before are detached. Outside a transaction, where nothing is pending.
     */
    public void clear() {
        em.clear();
    }

    public EvaluationRepository evaluations() {
        return evaluations;
    }

    /** Budgets, allocations, expenses. */
    public FundingRepository funding() {
        return funding;
    }

    public InsuranceRepository insurance() {
        return insurance;
    }

    public TransferRepository transfers() {
        return transfers;
    }

    public InspectionRepository inspections() {
        return inspections;
    }

    public FeeComplaintRepository feeComplaints() {
        return feeComplaints;
    }

    /** Specialists' terms (聘期). */
    public TermRepository terms() {
        return terms;
    }

    /** Intakes, registrations, selection steps, objections (R-REC-1, R-REC-2). */
    public IntakeRepository intakes() {
        return intakes;
    }

    public DemandRepository demands() {
        return demands;
    }

    public RosterRepository rosters() {
        return rosters;
    }

    /** The counties' plug-in module switches. */
    public ModuleSwitchRepository moduleSwitches() {
        return moduleSwitches;
    }
}
