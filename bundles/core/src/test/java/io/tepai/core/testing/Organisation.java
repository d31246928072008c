package io.tepai.core.testing;

import io.tepai.api.Actor;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.api.team.AgreementDraft;
import io.tepai.api.team.Leader;
import io.tepai.api.team.TeamDraft;
import io.tepai.api.team.TeamLevel;
import io.tepai.core.org.UnitServiceImpl;
import io.tepai.core.specialist.SpecialistServiceImpl;
import io.tepai.core.tier.CityTier;
import io.tepai.core.tier.CountyTier;
import io.tepai.core.tier.ProvinceTier;
import io.tepai.core.tier.TierRegistry;
import io.tepai.store.Store;
import io.tepai.store.entity.AssignmentEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Fixtures for the organisation tests (teams, agreements, dispatch): the actors, the built-in tiers, drafts with
 * every leader named, and appointed specialists. Dates fit the programme year 2024.
 */
public final class Organisation {

    public static final Actor CITY = new Actor("office", Set.of(Actor.ROLE_CITY));
    public static final Actor WUZHI = county("wuzhi");
    public static final Actor XIUWU = county("xiuwu");
    public static final Actor MENGZHOU = county("mengzhou");

    public static final Leader UNIT_LEADER = new Leader("周立伟", "河南理工大学副校长", "0391-3986001");
    public static final Leader COUNTY_LEADER = new Leader("王建国", "副县长", "0391-7221001");
    public static final Leader LIAISON = new Leader("赵敏", "科技局局长", "0391-7221002");

    public static final LocalDate TERM_START = LocalDate.of(2024, 1, 1);
    public static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);
    /** The documented reason fixtures appoint specialists with, outside an intake. */
    public static final String APPOINTED_BEFORE = "appointed before Tepai kept the records (test fixture)";

    private Organisation() {
    }

    /** A county account: role {@code county} bound to the county by its scope role. */
    public static Actor county(String code) {
        return new Actor(code + "-kjj", Set.of(Actor.ROLE_COUNTY, Actor.ROLE_COUNTY + ":" + code));
    }

    /** Province (PROVINCE), city (CITY) and county (COUNTY) tiers. */
    public static TierRegistry builtInTiers() {
        TierRegistry tiers = new TierRegistry();
        tiers.addTier(new ProvinceTier());
        tiers.addTier(new CityTier());
        tiers.addTier(new CountyTier());
        return tiers;
    }

    /** A city team of unit "hpu" with its dispatching co-leader, 2024–2026. */
    public static TeamDraft cityTeam(String name, String industry) {
        return new TeamDraft(name, industry, TeamLevel.CITY, null, "hpu", TERM_START, TERM_END, UNIT_LEADER);
    }

    /** A county-level team of the county, 2024–2026. */
    public static TeamDraft countyTeam(String county, String name, String industry) {
        return new TeamDraft(name, industry, TeamLevel.COUNTY, county, "hpu", TERM_START, TERM_END, UNIT_LEADER);
    }

    /** An agreement with the county, signed 2024-02-20, in force 2024–2026, with both leaders named. */
    public static AgreementDraft agreement(String county) {
        return agreement(county, TERM_START, TERM_END, COUNTY_LEADER, LIAISON);
    }

    public static AgreementDraft agreement(String county, LocalDate termStart, LocalDate termEnd) {
        return agreement(county, termStart, termEnd, COUNTY_LEADER, LIAISON);
    }

    public static AgreementDraft agreement(String county, LocalDate termStart, LocalDate termEnd, Leader countyLeader,
                                           Leader liaison) {
        return new AgreementDraft(county, LocalDate.of(2024, 2, 20), termStart, termEnd, List.of("技术培训", "品种示范"),
                countyLeader, liaison);
    }

    /** Creates the dispatching units "hpu" and "jzu". */
    public static void units(Store store) {
        UnitServiceImpl units = new UnitServiceImpl(store);
        units.create(CITY, Drafts.unit("hpu"));
        units.create(CITY, Drafts.unit("jzu"));
    }

    /**
     * A CITY-level dispatch written straight into the store, without the dispatch service's checks (agreement,
     * officers): for the tests of what reads the year's dispatch (progress, evaluation rounds).
     */
    public static void dispatch(Store store, long specialist, String county, int year, List<String> industries) {
        store.write(repos -> {
            AssignmentEntity assignment = new AssignmentEntity(Instant.parse("2026-07-02T04:00:00Z"));
            assignment.setSpecialistId(specialist);
            assignment.setCountyCode(county);
            assignment.setYear(year);
            assignment.setLevel("CITY");
            assignment.setIndustries(industries);
            return repos.assignments().add(assignment);
        });
    }

    /** Specialists, appointed (ACTIVE) unless the draft says otherwise. */
    public static final class Specialists {

        private final SpecialistServiceImpl service;

        public Specialists(Store store, TierRegistry tiers) {
            this.service = new SpecialistServiceImpl(store, tiers);
        }

        /** An appointed specialist of tier "city" of unit "hpu". */
        public long active(String name) {
            return create(Drafts.specialist().name(name).status(SpecialistStatus.ACTIVE));
        }

        public long active(String name, String tierId) {
            return create(Drafts.specialist().name(name).tierId(tierId).status(SpecialistStatus.ACTIVE));
        }

        /**
         * Creates the specialist; an ACTIVE one as the city office's documented exception (R-REC-2: only an intake's
         * appointment or such an exception makes a specialist ACTIVE), with a term 2024–2026.
         */
        public long create(Drafts draft) {
            SpecialistDraft built = draft.build();
            if (built.status() == SpecialistStatus.ACTIVE) {
                return service.appointByException(CITY, built, TERM_START, TERM_END, APPOINTED_BEFORE).id();
            }
            return service.create(CITY, built).id();
        }
    }
}
