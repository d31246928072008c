package io.tepai.core.evaluation;

import static io.tepai.core.testing.Organisation.CITY;
import static io.tepai.core.testing.Organisation.WUZHI;
import static io.tepai.core.testing.Organisation.XIUWU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tepai.api.Actor;
import io.tepai.api.ConflictException;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.PageRequest;
import io.tepai.api.RuleViolationException;
import io.tepai.api.ValidationException;
import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.LineStatus;
import io.tepai.api.metrics.Metrics;
import io.tepai.api.evaluation.PublicResult;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.evaluation.ResultFilter;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundDraft;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.api.incentive.IncentiveFilter;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.core.calendar.ProgrammeCalendarService;
import io.tepai.core.module.PolicyModules.LocalCriterion;
import io.tepai.core.module.PolicyModules.LocalIncentive;
import io.tepai.core.pdf.TestFont;
import io.tepai.core.testing.FieldActors;
import io.tepai.core.testing.MutableClock;
import io.tepai.core.testing.Organisation;
import io.tepai.core.testing.TestStore;
import io.tepai.core.tier.TierRegistry;
import io.tepai.spi.evaluation.CriterionScore;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.store.entity.ServiceLogEntity;
import io.tepai.testing.TestCriterion;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rounds end to end on a small programme: eight city-tier specialists dispatched to 武陟县 with 5, 10 … 40 confirmed
 * field days, all rated 5, and one in 修武县. Weights: duties 30, satisfaction 20, and 武陟县's local criterion 10
 * (always 100), so specialists 6, 7 and 8 total 100 and three would be excellent without the cap; eight subjects
 * allow one (R-EVAL-3), and the most field days wins the tie.
 */
class EvaluationServiceImplTest {

    private static final Instant JULY_2 = Instant.parse("2026-07-02T04:00:00Z");
    private static final Map<String, Object> CONFIG = Map.of("weight.organisation", "0", "weight.results", "0",
            "weight.publicity", "0");

    private TestStore db;
    private EvaluationServiceImpl service;
    private IncentiveServiceImpl incentives;
    private final FakeModules modules = new FakeModules();
    private final List<Long> wuzhi = new ArrayList<>();
    private long xiuwuSpecialist;

    @BeforeEach
    void setUp() {
        db = TestStore.open();
        Organisation.units(db.store());
        TierRegistry tiers = Organisation.builtInTiers();
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), tiers);
        for (int i = 1; i <= 8; i++) {
            long id = specialists.active("武陟" + i);
            wuzhi.add(id);
            assign(id, "wuzhi");
            confirmedLog(id, "wuzhi", 5 * i);
        }
        xiuwuSpecialist = specialists.active("修武1");
        assign(xiuwuSpecialist, "xiuwu");
        confirmedLog(xiuwuSpecialist, "xiuwu", 30);
        modules.enable("wuzhi", new LocalCriterion(new TestCriterion("wuzhi-test", d -> CriterionScore.of(100, "满分")),
                "wuzhi-test", "io.tepai.test 1.0.0", 10));
        modules.enable("wuzhi", new LocalIncentive(policy("wuzhi-bonus"), "wuzhi-bonus", "io.tepai.test 1.0.0"));
        MutableClock clock = new MutableClock(JULY_2);
        service = new EvaluationServiceImpl(db.store(), tiers, ProgrammeCalendarService.calendarYear(clock),
                modules, clock);
        service.configure(new HashMap<>(CONFIG));
        incentives = new IncentiveServiceImpl(db.store());
    }

    /** certificate.fonts: the PDF embeds the fonts; a font file that cannot be read refuses the certificate. */
    private void certificatesUseTheConfiguredFonts(long resultId) {
        try {
            StringBuilder everything = new StringBuilder();
            for (int c = 0x20; c < 0x7F; c++) {
                everything.appendCodePoint(c);
            }
            for (int c = 0x4E00; c <= 0x9FFF; c++) {
                everything.appendCodePoint(c);
            }
            everything.append("\u3000，。、；：！？（）《》“”");
            java.nio.file.Path font = java.nio.file.Files.createTempFile("tepai-test", ".ttf");
            java.nio.file.Files.write(font, TestFont.covering(everything.toString()));
            Map<String, Object> config = new HashMap<>(CONFIG);
            config.put("certificate.fonts", font.toString());
            service.configure(config);

            byte[] pdf = service.certificate(FieldActors.HPU, resultId).pdf();
            try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                org.apache.pdfbox.pdmodel.PDResources resources = doc.getPage(0).getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                    assertTrue(resources.getFont(name).isEmbedded(), name.getName());
                    assertTrue(resources.getFont(name).getName().endsWith("+TepaiTest-Regular"));
                }
            }

            config.put("certificate.fonts", font + ".missing");
            service.configure(config);
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> service.certificate(FieldActors.HPU, resultId));
            assertEquals("R-EVAL-4", refused.ruleId());
            assertTrue(refused.getMessage().contains(".missing"), refused.getMessage());
            java.nio.file.Files.delete(font);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            service.configure(new HashMap<>(CONFIG));
        }
    }

    @AfterEach
    void tearDown() {
        service.stop();
        db.close();
    }

    private void assign(long specialist, String county) {
        Organisation.dispatch(db.store(), specialist, county, 2026, List.of());
    }

    private void confirmedLog(long specialist, String county, int days) {
        confirmedLog(specialist, county, days, 5);
    }

    private void confirmedLog(long specialist, String county, int days, Integer rating) {
        db.store().write(repos -> {
            ServiceLogEntity log = new ServiceLogEntity(specialist, JULY_2);
            LocalDate start = LocalDate.of(2026, 3, 1);
            log.setContent(county, Set.of(), start, start.plusDays(days - 1), BigDecimal.valueOf(days),
                    "TECHNICAL_GUIDANCE", "服务", Map.of());
            log.setStatus("CONFIRMED");
            log.setConfirmation(county, JULY_2, rating, "");
            return repos.logs().add(log);
        });
    }

    private static IncentivePolicy policy(String id) {
        return new IncentivePolicy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String nameZh() {
                return "县级奖励";
            }

            @Override
            public String nameEn() {
                return "County bonus";
            }

            @Override
            public List<Incentive> grants(PublishedResult result) {
                return result.grade() == Grade.EXCELLENT
                        ? List.of(new Incentive("bonus", "县级奖励", new BigDecimal("5000"))) : List.of();
            }
        };
    }

    private Round wuzhiRound() {
        return service.create(WUZHI, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi"));
    }

    private Map<String, EvaluationResult> results(Actor actor, long round) {
        Map<String, EvaluationResult> byKey = new HashMap<>();
        service.results(actor, new ResultFilter(round, null, null, null, null, null), new PageRequest(1, 200))
                .items().forEach(r -> byKey.put(r.subject().key(), r));
        return byKey;
    }

    private String key(int i) {
        return String.valueOf(wuzhi.get(i - 1));
    }

    @Test
    void R_EVAL_2_theReceivingCountyRunsItsSpecialistRoundAndTheCityTheOthers() {
        assertThrows(ForbiddenException.class,
                () -> service.create(XIUWU, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi")));
        assertThrows(ForbiddenException.class, () -> service.create(WUZHI, new RoundDraft(2026, SubjectKind.TEAM,
                null)));
        assertThrows(ValidationException.class, () -> service.create(CITY, new RoundDraft(2026,
                SubjectKind.SPECIALIST, null)));
        assertThrows(ValidationException.class, () -> service.create(CITY, new RoundDraft(2026,
                SubjectKind.UNIT, "wuzhi")));
        Round round = wuzhiRound();
        assertEquals("county:wuzhi", round.evaluator());
        assertEquals(RoundStatus.DRAFT, round.status());
        assertThrows(ConflictException.class, this::wuzhiRound, "one round per year, kind and evaluator");
        assertThrows(ForbiddenException.class, () -> service.compute(XIUWU, round.id()));
        assertNotNull(service.create(CITY, new RoundDraft(2026, SubjectKind.UNIT, null)));
    }

    /** An active team with the members; county teams of 武陟县 and 修武县 may have 1..5 members. */
    private long activeTeam(io.tepai.api.team.TeamDraft draft, List<Long> members) {
        io.tepai.core.team.TeamServiceImpl teams = new io.tepai.core.team.TeamServiceImpl(db.store(),
                Map.of("countyMembers", "wuzhi=1..5,xiuwu=1..5"));
        Actor owner = draft.county() == null ? CITY : Organisation.county(draft.county());
        io.tepai.api.team.Team team = teams.create(owner, draft);
        for (long member : members) {
            team = teams.addMember(owner, team.id(), team.version(), member,
                    io.tepai.api.specialist.ChainSegment.PRODUCTION);
        }
        return teams.changeStatus(owner, team.id(), team.version(), io.tepai.api.team.TeamStatus.ACTIVE).id();
    }

    @Test
    void aComputedRoundIsReportedByItsKindARefusedOneIsNot() {
        List<String> reported = new ArrayList<>();
        service.metrics = new Metrics() {
            @Override
            public void roundComputed(String kind, Duration took) {
                reported.add(kind);
            }
        };
        Round round = service.create(WUZHI, new RoundDraft(2026, SubjectKind.SPECIALIST, "wuzhi"));

        assertThrows(ForbiddenException.class, () -> service.compute(XIUWU, round.id()));
        service.compute(WUZHI, round.id());

        assertEquals(List.of("SPECIALIST"), reported);
    }

    @Test
    void R_TEAM_4_R_EVAL_2_theCountyThatLeadsACountyTeamEvaluatesItInItsOwnTeamRound() {
        long wuzhiTeam = activeTeam(Organisation.countyTeam("wuzhi", "武陟县山药服务队", "山药"),
                List.of(wuzhi.get(0), wuzhi.get(1)));
        long xiuwuTeam = activeTeam(Organisation.countyTeam("xiuwu", "修武县旅游服务队", "旅游"),
                List.of(xiuwuSpecialist));
        long cityTeam = activeTeam(Organisation.cityTeam("四大怀药产业服务团", "四大怀药"), wuzhi.subList(2, 7));

        assertThrows(ForbiddenException.class, () -> service.create(XIUWU, new RoundDraft(2026, SubjectKind.TEAM,
                "wuzhi")), "a county runs its own team round only");
        Round round = service.create(WUZHI, new RoundDraft(2026, SubjectKind.TEAM, "wuzhi"));
        assertEquals("county:wuzhi", round.evaluator());
        assertThrows(ForbiddenException.class, () -> service.compute(XIUWU, round.id()));
        Round computed = service.compute(WUZHI, round.id());
        assertEquals(1, computed.subjects(), "only the county's own county team, not 修武县's nor the city's");
        EvaluationResult result = results(WUZHI, round.id()).get(String.valueOf(wuzhiTeam));
        assertNotNull(result);
        assertEquals("wuzhi", result.subject().county());
        Round published = service.publish(WUZHI, round.id(), service.review(WUZHI, round.id(),
                computed.version()).version());
        assertEquals(RoundStatus.PUBLISHED, published.status());
        assertEquals(List.of("武陟县山药服务队"), service.publicResults(2026, SubjectKind.TEAM, new PageRequest(1, 50))
                .items().stream().map(PublicResult::name).toList());

        Round city = service.compute(CITY, service.create(CITY, new RoundDraft(2026, SubjectKind.TEAM, null)).id());
        assertEquals(Set.of(String.valueOf(cityTeam)), results(CITY, city.id()).keySet(),
                "the city's round keeps the city teams");
        Round xiuwuRound = service.compute(XIUWU, service.create(XIUWU,
                new RoundDraft(2026, SubjectKind.TEAM, "xiuwu")).id());
        assertEquals(Set.of(String.valueOf(xiuwuTeam)), results(XIUWU, xiuwuRound.id()).keySet());
        assertThrows(ValidationException.class, () -> service.create(WUZHI, new RoundDraft(2026, SubjectKind.UNIT,
                "wuzhi")), "units are the city's to evaluate");
    }

    @Test
    void R_SVC_2_R_TEAM_2_aTeamsDutiesAreHalfItsMembersThresholdsAndHalfTheAgreedTasksItsCountiesJudged() {
        io.tepai.core.team.TeamServiceImpl teams = new io.tepai.core.team.TeamServiceImpl(db.store(), Map.of());
        long team = activeTeam(Organisation.cityTeam("四大怀药产业服务团", "四大怀药"), wuzhi.subList(2, 7));
        io.tepai.api.team.Agreement agreement = teams.createAgreement(CITY, team, Organisation.agreement("wuzhi"));
        agreement = teams.changeAgreementStatus(CITY, team, agreement.id(), agreement.version(),
                io.tepai.api.team.AgreementStatus.ACTIVE);
        Round round = service.create(CITY, new RoundDraft(2026, SubjectKind.TEAM, null));
        CriterionLineAssert.duties(results(CITY, service.compute(CITY, round.id()).id()).get(String.valueOf(team)),
                "80.00", "协议任务 2 项：已完成 0、部分完成 0、未完成 0、未评定 2");

        agreement = teams.recordTaskFulfilment(WUZHI, team, agreement.id(), agreement.version(), 1,
                new io.tepai.api.team.TaskFulfilmentDraft(io.tepai.api.team.TaskFulfilment.FULFILLED, List.of(),
                        "培训药农600人次"));
        teams.recordTaskFulfilment(WUZHI, team, agreement.id(), agreement.version(), 2,
                new io.tepai.api.team.TaskFulfilmentDraft(io.tepai.api.team.TaskFulfilment.NOT_FULFILLED, List.of(),
                        "示范田未建"));
        // members 15..35 field days against 30: (0.5 + 0.67 + 0.83 + 1 + 1) / 5 = 80; tasks 1 of 2 = 50
        CriterionLineAssert.duties(results(CITY, service.compute(CITY, round.id()).id()).get(String.valueOf(team)),
                "65.00", "协议任务 2 项：已完成 1、部分完成 0、未完成 1、未评定 0（完成度 50%）");

        io.tepai.api.field.TeamProgress progress = new io.tepai.core.field.ProgressServiceImpl(db.store(),
                Organisation.builtInTiers(), ProgrammeCalendarService.calendarYear(new MutableClock(JULY_2)))
                .progress(CITY, 2026, new io.tepai.api.field.ProgressFilter(null, null, team)).teams().get(0);
        io.tepai.api.field.TeamProgress.AgreementProgress wuzhiTasks = progress.agreements().get(0);
        assertEquals(1, wuzhiTasks.tasksFulfilled());
        assertEquals(2, wuzhiTasks.taskFulfilment().size());
        assertEquals(List.of("品种示范"), wuzhiTasks.openTasks());
    }

    /** The 工作履职 line of a result. */
    private static final class CriterionLineAssert {
        static void duties(EvaluationResult result, String score, String explanationStart) {
            io.tepai.api.evaluation.CriterionLine line = result.breakdown().stream()
                    .filter(l -> l.criterionId().equals("duties")).findFirst().orElseThrow();
            assertEquals(new BigDecimal(score), line.score());
            assertTrue(line.explanation().startsWith(explanationStart), line.explanation());
        }
    }

    @Test
    void R_EVAL_1_aCountysLocalCriterionAppearsInItsRoundOnly() {
        Round wuzhiRound = service.compute(WUZHI, wuzhiRound().id());
        Round xiuwuRound = service.compute(XIUWU, service.create(XIUWU,
                new RoundDraft(2026, SubjectKind.SPECIALIST, "xiuwu")).id());
        assertEquals(8, wuzhiRound.subjects());
        assertEquals(1, xiuwuRound.subjects());
        assertTrue(results(CITY, wuzhiRound.id()).values().stream().allMatch(r -> r.breakdown().stream()
                .anyMatch(l -> l.criterionId().equals("wuzhi-test") && l.status() == LineStatus.SCORED)));
        assertTrue(results(CITY, xiuwuRound.id()).values().stream().noneMatch(r -> r.breakdown().stream()
                .anyMatch(l -> l.criterionId().equals("wuzhi-test"))));
    }

    @Test
    void R_EVAL_3_eightSubjectsLeaveOneExcellentAndTheCapIsRecorded() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        assertEquals(1, round.excellentQuota());
        assertEquals(1, round.gradeCounts().get(Grade.EXCELLENT));
        Map<String, EvaluationResult> results = results(WUZHI, round.id());
        assertEquals(Grade.EXCELLENT, results.get(key(8)).grade(), "40 days beats 35 and 30 on equal totals");
        assertEquals(1, results.get(key(8)).rank());
        for (int i : new int[] {6, 7}) {
            EvaluationResult capped = results.get(key(i));
            assertEquals(Grade.EXCELLENT, capped.computedGrade());
            assertEquals(Grade.GOOD, capped.grade());
            assertTrue(capped.capNote().contains("R-EVAL-3"));
        }
        assertNull(results.get(key(8)).capNote());
        assertEquals(Grade.FAIL, results.get(key(1)).grade(), "5 of 30 days: (16.67*30 + 100*20 + 100*10) / 60");
        assertEquals(new BigDecimal("58.34"), results.get(key(1)).totalScore());
    }

    @Test
    void R_EVAL_3_anAdjustmentNeedsAReasonIsAuditedAndKeepsTheCap() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        EvaluationResult seventh = results(WUZHI, round.id()).get(key(7));
        assertThrows(ValidationException.class,
                () -> service.adjust(WUZHI, seventh.id(), seventh.version(), Grade.EXCELLENT, " "));
        EvaluationResult adjusted = service.adjust(WUZHI, seventh.id(), seventh.version(), Grade.EXCELLENT,
                "全县唯一建成省级示范基地");
        assertEquals(Grade.EXCELLENT, adjusted.grade());
        assertEquals(Grade.GOOD, adjusted.adjustment().from());
        assertEquals("全县唯一建成省级示范基地", adjusted.adjustment().reason());
        Map<String, EvaluationResult> after = results(WUZHI, round.id());
        assertEquals(Grade.GOOD, after.get(key(8)).grade(), "the one place went to the adjusted subject");
        EvaluationResult sixth = after.get(key(6));
        RuleViolationException tooMany = assertThrows(RuleViolationException.class,
                () -> service.adjust(WUZHI, sixth.id(), sixth.version(), Grade.EXCELLENT, "也很好"));
        assertEquals("R-EVAL-3", tooMany.ruleId());
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'EvaluationResult'"
                + " AND action = 'adjust'"));
    }

    @Test
    void R_EVAL_4_R_REC_4_R_INC_1_reviewAndPublishGiveThePublicListCertificatesIncentivesAndRenewal() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        EvaluationResult first = results(WUZHI, round.id()).get(key(1));
        service.setInputs(WUZHI, first.id(), first.version(), Map.of("organisation", new BigDecimal("95")));
        Round stale = service.round(WUZHI, round.id());
        assertTrue(stale.stale());
        assertThrows(ConflictException.class, () -> service.review(WUZHI, round.id(), stale.version()));
        Round computed = service.compute(WUZHI, round.id());
        assertEquals(0, new BigDecimal("95").compareTo(results(WUZHI, round.id()).get(key(1)).inputs()
                .get("organisation")), "inputs survive a computation");
        assertThrows(ConflictException.class, () -> service.publish(WUZHI, round.id(), computed.version()),
                "publish only after review");
        Round reviewed = service.review(WUZHI, round.id(), computed.version());
        Round published = service.publish(WUZHI, round.id(), reviewed.version());
        assertEquals(RoundStatus.PUBLISHED, published.status());

        Map<String, EvaluationResult> results = results(CITY, round.id());
        EvaluationResult best = results.get(key(8));
        assertEquals(Renewal.PRIORITY_RENEWAL, best.renewal());
        assertEquals("JZKTP-2026-0001", best.certificateNo());
        assertEquals(Renewal.EXIT, results.get(key(1)).renewal(), "R-REC-4: fail -> exit");
        assertNull(results.get(key(7)).certificateNo(), "certificates for excellent only");
        assertTrue(new String(service.certificate(FieldActors.HPU, best.id()).pdf(), 0, 8,
                java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
        certificatesUseTheConfiguredFonts(best.id());

        List<IncentiveGrant> grants = incentives.search(CITY, IncentiveFilter.ALL, PageRequest.first()).items();
        assertEquals(Set.of("green-channel", "appraisal-reference", "bonus"),
                grants.stream().map(IncentiveGrant::kind).collect(java.util.stream.Collectors.toSet()));
        assertTrue(grants.stream().allMatch(g -> g.subject().key().equals(key(8))));

        List<PublicResult> list = service.publicResults(2026, SubjectKind.SPECIALIST, new PageRequest(1, 50))
                .items();
        assertEquals(8, list.size());
        assertEquals(FieldActors.HPU.unit().orElseThrow(), list.get(0).unit());
    }

    @Test
    void R_EVAL_4_unitsReadTheirPeoplesResultsOnlyOncePublished() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        assertEquals(0, service.results(FieldActors.HPU, ResultFilter.ALL, PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.result(FieldActors.HPU,
                results(CITY, round.id()).get(key(1)).id()));
        assertThrows(ForbiddenException.class, () -> service.results(FieldActors.HPU,
                new ResultFilter(null, null, null, null, "jzu", null), PageRequest.first()));
        Round reviewed = service.review(WUZHI, round.id(), round.version());
        service.publish(CITY, round.id(), reviewed.version());
        assertEquals(8, service.results(FieldActors.HPU, ResultFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.results(FieldActors.JZU, ResultFilter.ALL, PageRequest.first()).total());
        assertEquals(0, service.results(XIUWU, ResultFilter.ALL, PageRequest.first()).total());
    }

    /** The specialist's own page lists their results: only their own, only once the round is published. */
    @Test
    void R_EVAL_4_aSpecialistListsTheirOwnResultsOnlyOncePublished() {
        Actor best = FieldActors.specialist(wuzhi.get(7));
        Round round = service.compute(WUZHI, wuzhiRound().id());
        assertEquals(0, service.results(best, ResultFilter.ALL, PageRequest.first()).total());
        Round reviewed = service.review(WUZHI, round.id(), round.version());
        service.publish(WUZHI, round.id(), reviewed.version());
        List<EvaluationResult> own = service.results(best, ResultFilter.ALL, PageRequest.first()).items();
        assertEquals(List.of(key(8)), own.stream().map(r -> r.subject().key()).toList());
        // the one they may also read by id and download the certificate of
        assertEquals(own.get(0).id(), service.result(best, own.get(0).id()).id());
        assertEquals(1, service.results(FieldActors.specialist(wuzhi.get(0)), ResultFilter.ALL,
                PageRequest.first()).total());
        assertThrows(ForbiddenException.class, () -> service.results(best,
                new ResultFilter(null, null, SubjectKind.TEAM, null, null, null), PageRequest.first()));
    }

    @Test
    void R_EVAL_4_aRoundIsTheEvaluatorsWorkingPaperUntilPublished() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        assertThrows(ForbiddenException.class, () -> service.round(XIUWU, round.id()));
        assertThrows(ForbiddenException.class, () -> service.round(FieldActors.HPU, round.id()));
        assertEquals(0, service.rounds(FieldActors.HPU, null, PageRequest.first()).total());
        assertEquals(1, service.rounds(WUZHI, null, PageRequest.first()).total());
        Round reviewed = service.review(WUZHI, round.id(), round.version());
        service.publish(WUZHI, round.id(), reviewed.version());
        assertEquals(1, service.rounds(FieldActors.HPU, null, PageRequest.first()).total());
        assertEquals(RoundStatus.PUBLISHED, service.round(XIUWU, round.id()).status());
    }

    private long audited(String entity, String action) {
        return db.count("SELECT COUNT(*) FROM audit_record WHERE entity = '" + entity + "' AND action = '" + action
                + "'");
    }

    @Test
    void everyWriteOfARoundIsAuditedOnceAndAStaleVersionWritesNothing() {
        Round draft = service.create(WUZHI, new RoundDraft(2025, SubjectKind.SPECIALIST, "wuzhi"));
        service.delete(WUZHI, draft.id(), draft.version());
        Round round = service.compute(WUZHI, wuzhiRound().id());
        EvaluationResult first = results(WUZHI, round.id()).get(key(1));
        service.setInputs(WUZHI, first.id(), first.version(), Map.of("publicity", new BigDecimal("80")));
        assertThrows(ConflictException.class, () -> service.setInputs(WUZHI, first.id(), first.version(),
                Map.of("publicity", new BigDecimal("90"))), "the version the first change moved");
        Round computed = service.compute(WUZHI, round.id());
        assertThrows(ConflictException.class, () -> service.review(WUZHI, round.id(), round.version()));
        Round reviewed = service.review(WUZHI, round.id(), computed.version());
        assertThrows(ConflictException.class, () -> service.publish(WUZHI, round.id(), computed.version()));
        service.publish(WUZHI, round.id(), reviewed.version());

        assertEquals(2, audited("EvaluationRound", "create"));
        assertEquals(1, audited("EvaluationRound", "delete"));
        assertEquals(2, audited("EvaluationRound", "compute"));
        assertEquals(1, audited("EvaluationResult", "inputs"));
        assertEquals(1, audited("EvaluationRound", "review"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM audit_record WHERE entity = 'EvaluationRound'"
                + " AND action = 'publish' AND reason LIKE '% incentive(s) granted'"));
    }

    @Test
    void anAdjustmentMovesTheRoundsVersionSoAComputationThatReadItEarlierIsRefused() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        EvaluationResult seventh = results(WUZHI, round.id()).get(key(7));
        service.adjust(WUZHI, seventh.id(), seventh.version(), Grade.EXCELLENT, "示范带动突出");
        assertTrue(service.round(WUZHI, round.id()).version() > round.version());
        assertThrows(ConflictException.class, () -> service.review(WUZHI, round.id(), round.version()));
    }

    @Test
    void aHangingLocalCriterionFailsOnEverySubjectAndIsAskedOnce() {
        java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        modules.criteria.put("wuzhi", List.of(new LocalCriterion(new TestCriterion("wuzhi-hangs", d -> {
            calls.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CriterionScore.of(1, "late");
        }), "wuzhi-hangs", "io.tepai.test 1.0.0", 10)));
        Map<String, Object> config = new HashMap<>(CONFIG);
        config.put("criterionTimeoutMs", "100");
        service.configure(config);
        try {
            Round round = service.compute(WUZHI, wuzhiRound().id());
            assertEquals(RoundStatus.COMPUTED, round.status());
            assertTrue(results(WUZHI, round.id()).values().stream().allMatch(r -> r.breakdown().stream()
                    .anyMatch(l -> l.criterionId().equals("wuzhi-hangs") && l.status() == LineStatus.FAILED)));
            assertEquals(1, calls.get());
        } finally {
            never.countDown();
        }
    }

    @Test
    void aFailingLocalCriterionIsRecordedAndTheRoundStillCompletes() {
        modules.criteria.put("wuzhi", List.of(new LocalCriterion(new TestCriterion("wuzhi-broken", d -> {
            throw new IllegalStateException("boom");
        }), "wuzhi-broken", "io.tepai.test 1.0.0", 10)));
        Round round = service.compute(WUZHI, wuzhiRound().id());
        assertEquals(RoundStatus.COMPUTED, round.status());
        assertEquals(8, round.subjects());
        assertTrue(round.problems().get(0).contains("wuzhi-broken failed") && round.problems().get(0)
                .contains("and 7 more"), round.problems().toString());
        assertTrue(results(WUZHI, round.id()).values().stream().allMatch(r -> r.breakdown().stream()
                .anyMatch(l -> l.criterionId().equals("wuzhi-broken") && l.status() == LineStatus.FAILED)));
    }

    /** Issue 11.1: computing a round whose subject's only confirmed log has no rating answered 500 (an NPE). */
    @Test
    void R_EVAL_3_aSpecialistWhoseOnlyConfirmedLogHasNoRatingIsComputedAndGraded() {
        Organisation.Specialists specialists = new Organisation.Specialists(db.store(), Organisation.builtInTiers());
        long unrated = specialists.active("修武2");
        assign(unrated, "xiuwu");
        confirmedLog(unrated, "xiuwu", 30, null);
        Round round = service.compute(CITY, service.create(CITY,
                new RoundDraft(2026, SubjectKind.SPECIALIST, "xiuwu")).id());
        assertEquals(RoundStatus.COMPUTED, round.status());
        assertEquals(2, round.subjects());
        Map<String, EvaluationResult> results = results(CITY, round.id());
        EvaluationResult result = results.get(String.valueOf(unrated));
        assertEquals(LineStatus.NOT_SCORED, result.breakdown().stream()
                .filter(l -> l.criterionId().equals("satisfaction")).findFirst().orElseThrow().status());
        assertNull(result.breakdown().stream().filter(l -> l.criterionId().equals("satisfaction")).findFirst()
                .orElseThrow().score());
        assertNotNull(result.grade());
        assertEquals(new BigDecimal("100.00"), result.totalScore(), "duties alone: 30 of 30 days");
        assertEquals(2, result.rank(), "on equal totals the rated specialist ranks first (R-EVAL-3)");
        assertEquals(1, results.get(String.valueOf(xiuwuSpecialist)).rank());

        // regrading after a hand adjustment reads the unscored satisfaction line too; it answered 500 (an NPE)
        EvaluationResult rated = results.get(String.valueOf(xiuwuSpecialist));
        EvaluationResult adjusted = service.adjust(CITY, rated.id(), rated.version(), Grade.PASS,
                "服务记录经核实有缺漏");
        assertEquals(Grade.PASS, adjusted.grade());
        assertNotNull(results(CITY, round.id()).get(String.valueOf(unrated)).grade());
    }

    /**
     * Issue 12.10: a non-excellent result's certificate answered "Certificate '2' does not exist"; it now says that the
     * result has none and why (R-EVAL-4: only 优秀 results of a published specialist round have one).
     */
    @Test
    void R_EVAL_4_aResultWithoutACertificateSaysWhyItHasNone() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        long best = results(WUZHI, round.id()).get(key(8)).id();
        NotFoundException unpublished = assertThrows(NotFoundException.class,
                () -> service.certificate(WUZHI, best));
        assertTrue(unpublished.getMessage().contains("has no certificate") && unpublished.getMessage()
                .contains("R-EVAL-4") && unpublished.getMessage().contains("COMPUTED"), unpublished.getMessage());
        Round reviewed = service.review(WUZHI, round.id(), round.version());
        service.publish(WUZHI, round.id(), reviewed.version());
        long good = results(WUZHI, round.id()).get(key(7)).id();
        NotFoundException notExcellent = assertThrows(NotFoundException.class,
                () -> service.certificate(WUZHI, good));
        assertTrue(notExcellent.getMessage().startsWith("Result " + good + " has no certificate"),
                notExcellent.getMessage());
        assertTrue(notExcellent.getMessage().contains("良好 (GOOD)") && notExcellent.getMessage().contains("本结果为良好"),
                notExcellent.getMessage());
        assertTrue(!notExcellent.getMessage().contains("does not exist"));
        assertNotNull(service.certificate(WUZHI, best));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> service.certificate(WUZHI, 99999));
        assertTrue(unknown.getMessage().contains("99999"), "an unknown result is still an unknown result");
    }

    /** Issue 12.10: an incentive's subject had no tier and no industries while its result had them. */
    @Test
    void R_INC_1_anIncentiveShowsTheSameSubjectAsTheResultItWasGrantedFor() {
        db.store().write(repos -> {
            repos.assignments().ofSpecialist(wuzhi.get(7), 2026)
                    .forEach(a -> a.setIndustries(List.of("四大怀药", "小麦良种")));
            return null;
        });
        Round round = service.compute(WUZHI, wuzhiRound().id());
        Round reviewed = service.review(WUZHI, round.id(), round.version());
        service.publish(WUZHI, round.id(), reviewed.version());
        EvaluationResult best = results(CITY, round.id()).get(key(8));
        assertEquals("city", best.subject().tier());
        assertEquals(Set.of("四大怀药", "小麦良种"), best.subject().industries());
        // stored in one order whatever the JVM's set order, so a recompute after a restart finds the result unchanged
        assertEquals("四大怀药\n小麦良种", db.store().read(repos -> repos.evaluations().resultsOf(round.id()).stream()
                .filter(r -> r.getSubjectKey().equals(key(8))).findFirst().orElseThrow().getIndustries()));
        List<IncentiveGrant> grants = incentives.search(CITY, IncentiveFilter.ALL, PageRequest.first()).items();
        assertTrue(!grants.isEmpty());
        for (IncentiveGrant grant : grants) {
            assertEquals(best.subject(), grant.subject(), grant.kind());
        }
        assertEquals("5000.00", grants.stream().filter(g -> g.kind().equals("bonus")).findFirst().orElseThrow()
                .amountCny().toPlainString(), "money with two decimals");
    }

    /** Issue 12.10: totals showed as 66.9 next to 75.18; every score and total has two decimals. */
    @Test
    void R_EVAL_1_scoresTotalsAndInputsAlwaysHaveTwoDecimals() {
        Round round = service.compute(WUZHI, wuzhiRound().id());
        EvaluationResult first = results(WUZHI, round.id()).get(key(1));
        service.setInputs(WUZHI, first.id(), first.version(), Map.of("organisation", new BigDecimal("66.9"),
                "publicity", new BigDecimal("70")));
        service.compute(WUZHI, round.id());
        for (EvaluationResult result : results(WUZHI, round.id()).values()) {
            assertEquals(2, result.totalScore().scale(), result.totalScore().toPlainString());
            result.breakdown().stream().filter(l -> l.score() != null)
                    .forEach(l -> assertEquals(2, l.score().scale(), l.criterionId()));
        }
        EvaluationResult withInputs = service.result(WUZHI, first.id());
        assertEquals("66.90", withInputs.inputs().get("organisation").toPlainString());
        assertEquals("70.00", withInputs.inputs().get("publicity").toPlainString());
        EvaluationResult odd = new EvaluationResult(1, 1, 2026, withInputs.subject(), new BigDecimal("66.9"), 1,
                Grade.PASS, Grade.PASS, null, List.of(), Map.of("publicity", new BigDecimal("7E+1")), null, null, null,
                0);
        assertEquals("66.90", odd.totalScore().toPlainString());
        assertEquals("70.00", odd.inputs().get("publicity").toPlainString());
    }
}
