package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.evaluation.EvaluationResult;
import io.tepai.api.evaluation.Renewal;
import io.tepai.api.evaluation.Round;
import io.tepai.api.evaluation.RoundStatus;
import io.tepai.api.incentive.IncentiveGrant;
import io.tepai.spi.evaluation.Grade;
import io.tepai.spi.evaluation.Subject;
import io.tepai.spi.evaluation.SubjectKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The renewal proposal (R-REC-4) and granted incentives as CSV. */
class EvaluationCsvTest {

    private static final Subject LI_HUA = new Subject(SubjectKind.SPECIALIST, "7", "李华", "wuzhi", "hpu", "city",
            Set.of("四大怀药"));
    private static final Subject GUO = new Subject(SubjectKind.SPECIALIST, "9", "郭明亮, 博士", "wuzhi", "hpu", "city",
            Set.of());

    static EvaluationResult result(long id, Subject subject, Grade grade, Renewal renewal) {
        return new EvaluationResult(id, 3, 2026, subject, new BigDecimal("80.5"), (int) id, grade, grade, null,
                List.of(), Map.of(), null, renewal, null, 1);
    }

    @Test
    void theRenewalProposalIsEachResultsGradeAndRenewalAsRecorded() throws Exception {
        List<RenewalProposal> proposal = RenewalProposal.of(List.of(
                result(1, LI_HUA, Grade.EXCELLENT, Renewal.PRIORITY_RENEWAL), result(2, GUO, Grade.FAIL, Renewal.EXIT)));
        assertEquals(new RenewalProposal(LI_HUA, Grade.EXCELLENT, Renewal.PRIORITY_RENEWAL), proposal.get(0));
        assertEquals("{\"subject\":{\"kind\":\"SPECIALIST\",\"key\":\"9\",\"name\":\"郭明亮, 博士\",\"county\":\"wuzhi\","
                + "\"unit\":\"hpu\",\"tier\":\"city\",\"industries\":[],\"fields\":[],\"guidanceClass\":null},"
                + "\"grade\":\"FAIL\",\"renewal\":\"EXIT\"}",
                Json.MAPPER.writeValueAsString(proposal.get(1)));

        String[] lines = RenewalProposal.csv(proposal).text().split("\r\n", -1);
        assertEquals("\uFEFFsubject_kind,subject,name,county,unit,tier,grade,grade_zh,renewal", lines[0]);
        assertEquals("SPECIALIST,7,李华,wuzhi,hpu,city,EXCELLENT,优秀,PRIORITY_RENEWAL", lines[1]);
        assertEquals("SPECIALIST,9,\"郭明亮, 博士\",wuzhi,hpu,city,FAIL,不合格,EXIT", lines[2]);
        assertEquals(List.of(""), List.of(lines).subList(3, lines.length), "the file ends with CRLF");
    }

    @Test
    void beforePublicationTheRenewalIsEmptyNotGuessed() {
        List<RenewalProposal> proposal = RenewalProposal.of(List.of(result(1, LI_HUA, Grade.GOOD, null)));
        assertEquals("SPECIALIST,7,李华,wuzhi,hpu,city,GOOD,良好,",
                RenewalProposal.csv(proposal).text().split("\r\n")[1]);
    }

    @Test
    void theRenewalFileIsNamedByYearAndCountyOrKind() {
        assertEquals("renewal-2026-wuzhi.csv", EvaluationRoundResource.renewalFileName(round(SubjectKind.SPECIALIST,
                "wuzhi")));
        assertEquals("renewal-2026-county-work.csv",
                EvaluationRoundResource.renewalFileName(round(SubjectKind.COUNTY_WORK, null)));
    }

    @Test
    void oneRowPerGrantWithTheAmountPlainAndNoneEmpty() {
        Instant at = Instant.parse("2026-12-20T02:00:00Z");
        List<IncentiveGrant> grants = List.of(
                new IncentiveGrant(1, 3, 41, 2026, LI_HUA, Grade.EXCELLENT, "green-channel", "built-in",
                        "GREEN_CHANNEL", "市科技计划项目申报绿色通道", null, at),
                new IncentiveGrant(2, 3, 41, 2026, LI_HUA, Grade.EXCELLENT, "xiuwu-tourism", "io.tepai.plugin.xiuwu",
                        "BONUS", "=乡村旅游奖励", new BigDecimal("5000.00"), at));
        String[] lines = IncentiveCsv.csv(grants).text().split("\r\n", -1);
        assertEquals("\uFEFF" + IncentiveCsv.HEADER, lines[0]);
        assertEquals("1,2026,3,41,SPECIALIST,7,李华,wuzhi,hpu,EXCELLENT,优秀,green-channel,built-in,GREEN_CHANNEL,"
                + "市科技计划项目申报绿色通道,,2026-12-20T02:00:00Z", lines[1]);
        // a description a spreadsheet would run is defused
        assertEquals("2,2026,3,41,SPECIALIST,7,李华,wuzhi,hpu,EXCELLENT,优秀,xiuwu-tourism,io.tepai.plugin.xiuwu,BONUS,"
                + "'=乡村旅游奖励,5000.00,2026-12-20T02:00:00Z", lines[2]);
        assertEquals(4, lines.length);
    }

    private static Round round(SubjectKind kind, String county) {
        return new Round(3, 2026, kind, county, county == null ? "city" : "county:" + county, RoundStatus.PUBLISHED,
                false, 20, Map.of(), 3, List.of(), Instant.EPOCH, "city", null, null, null, 4);
    }
}
