package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.FieldError;
import io.tepai.api.ForbiddenException;
import io.tepai.api.NotFoundException;
import io.tepai.api.Page;
import io.tepai.api.ValidationException;
import io.tepai.api.account.Role;
import io.tepai.api.audit.AuditRecord.FieldChange;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.team.Leader;
import io.tepai.api.team.TeamLevel;
import io.tepai.spi.tier.FundingRule;
import io.tepai.spi.tier.FundingSource;
import io.tepai.spi.tier.ServiceThreshold;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void joinsChineseItemsWithTheEnumerationComma() {
        assertEquals("怀山药、怀地黄、怀牛膝", Formats.zhList(List.of("怀山药", "怀地黄", "怀牛膝")));
        assertEquals("", Formats.zhList(List.of()));
    }

    @Test
    void joinsCodesWithCommas() {
        assertEquals("wuzhi, wenxian", Formats.list(List.of("wuzhi", "wenxian")));
    }

    @Test
    void listsEnumsInDeclarationOrderWhateverTheSetOrder() {
        assertEquals("PRODUCTION, TESTING, SALES",
                Formats.enums(Set.of(ChainSegment.SALES, ChainSegment.PRODUCTION, ChainSegment.TESTING)));
        assertEquals("", Formats.enums(Collections.<ChainSegment>emptySet()));
    }

    @Test
    void writesBooleansAsWords() {
        assertEquals("yes", Formats.yesNo(true));
        assertEquals("no", Formats.yesNo(false));
    }

    @Test
    void dropsSubSecondPrecisionFromInstants() {
        assertEquals("2025-03-01T08:15:30Z", Formats.instant(Instant.parse("2025-03-01T08:15:30.123456Z")));
    }

    @Test
    void writesThresholdAsDaysOrServices() {
        assertEquals("30 days or 12 services", Formats.threshold(new ServiceThreshold(new BigDecimal("30"), 12)));
        assertEquals("15.5 days or 6 services",
                Formats.threshold(new ServiceThreshold(new BigDecimal("15.50"), 6)));
        assertEquals("1 day or 1 service", Formats.threshold(new ServiceThreshold(new BigDecimal("1.0"), 1)));
        assertEquals("12 services", Formats.threshold(new ServiceThreshold(BigDecimal.ZERO, 12)));
        assertEquals("120 days", Formats.threshold(new ServiceThreshold(new BigDecimal("120"), 0)));
    }

    @Test
    void writesNoThresholdAsNone() {
        assertEquals("none", Formats.threshold(ServiceThreshold.none()));
    }

    @Test
    void writesFundingWithTwoDecimalsAndItsSource() {
        assertEquals("20000.00 CNY (CITY)",
                Formats.funding(new FundingRule(new BigDecimal("20000"), FundingSource.CITY, "")));
        assertEquals("1234.50 CNY (COUNTY)",
                Formats.funding(new FundingRule(new BigDecimal("1234.5"), FundingSource.COUNTY, "")));
        assertEquals("0.00 CNY (UNIT)", Formats.funding(new FundingRule(BigDecimal.ZERO, FundingSource.UNIT, "")));
    }

    @Test
    void logDaysAreOneDayOrARange() {
        assertEquals("2026-03-02", Formats.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
        assertEquals("2026-03-02", Formats.days(LocalDate.of(2026, 3, 2), null));
        assertEquals("2026-03-02 – 2026-03-04", Formats.days(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4)));
    }

    @Test
    void numbersHaveNoTrailingZeros() {
        assertEquals("12.5", Formats.number(new BigDecimal("12.50")));
        assertEquals("30", Formats.number(new BigDecimal("30.0")));
        assertEquals("120", Formats.number(new BigDecimal("1.2E+2")));
        assertEquals("0", Formats.number(new BigDecimal("0.00")));
        assertEquals("", Formats.number(null));
    }

    @Test
    void scoresAndMoneyAlwaysHaveTwoDecimals() {
        assertEquals("66.90", Formats.twoDecimals(new BigDecimal("66.9")));
        assertEquals("75.18", Formats.twoDecimals(new BigDecimal("75.18")));
        assertEquals("20000.00", Formats.twoDecimals(new BigDecimal("2E+4")));
        assertEquals("", Formats.twoDecimals(null));
    }

    @Test
    void shareIsAWholePercentage() {
        assertEquals("91%", Formats.percent(332.0 / 365));
        assertEquals("0%", Formats.percent(0));
        assertEquals("100%", Formats.percent(1));
    }

    @Test
    void namedRecordShowsNameAndId() {
        assertEquals("李华 (7)", Formats.named(7, "李华"));
        assertEquals("7", Formats.named(7, " "));
        assertEquals("7", Formats.named(7, null));
    }

    @Test
    void ratingIsOutOfFiveOrEmpty() {
        assertEquals("4/5", Formats.rating(4));
        assertEquals("", Formats.rating(null));
    }

    @Test
    void freeTextInACellKeepsToOneLineAndIsCut() {
        assertEquals("a b c", Formats.oneLine(" a\nb\t c ", 10));
        assertEquals("abcd…", Formats.oneLine("abcdefgh", 5));
        assertEquals("", Formats.oneLine(null, 5));
    }

    @Test
    void footerCountsPagesRoundingUp() {
        assertEquals("Page 1 of 3 (45 units)", Formats.footer(page(1, 20, 45), "unit"));
        assertEquals("Page 2 of 2 (40 units)", Formats.footer(page(2, 20, 40), "unit"));
        assertEquals("Page 1 of 1 (1 specialist)", Formats.footer(page(1, 20, 1), "specialist"));
    }

    @Test
    void footerOfAnEmptyResultIsPageOneOfOne() {
        assertEquals("Page 1 of 1 (0 specialists)", Formats.footer(page(1, 20, 0), "specialist"));
    }

    @Test
    void footerShowsAPageBeyondTheLastAsIs() {
        assertEquals("Page 9 of 3 (45 units)", Formats.footer(page(9, 20, 45), "unit"));
    }

    @Test
    void errorIsTheMessageOnOneLine() {
        assertEquals("Error: Specialist '999' does not exist",
                Formats.error(new NotFoundException("Specialist", 999)));
    }

    @Test
    void validationErrorListsEveryField() {
        ValidationException e = new ValidationException(List.of(new FieldError("page", "must be 1 or more"),
                new FieldError("size", "must be between 1 and 200")));
        assertEquals("Error: page: must be 1 or more; size: must be between 1 and 200", Formats.error(e));
    }

    private static Page<String> page(int number, int size, long total) {
        return new Page<>(List.of(), total, number, size);
    }

    @Test
    void refusalNamesTheScopeThatWouldAllowIt() {
        assertEquals("Error: Only the city programme office may create accounts (needs city)",
                Formats.error(new ForbiddenException("city", "Only the city programme office may create accounts")));
        assertEquals("Error: Only the city office or county 'xiuwu' may change it (needs county:xiuwu)",
                Formats.error(new ForbiddenException("county:xiuwu",
                        "Only the city office or county 'xiuwu' may change it")));
    }

    @Test
    void refusalWithoutScopeIsJustTheMessage() {
        assertEquals("Error: Not allowed", Formats.error(new ForbiddenException(null, "Not allowed")));
        assertEquals("Error: Not allowed", Formats.error(new ForbiddenException(" ", "Not allowed")));
    }

    @Test
    void changesAreFieldBeforeAfterJoinedInTheRecordsOrder() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("role", new FieldChange("COUNTY", "UNIT"));
        changes.put("scope", new FieldChange("wuzhi", "hpu"));
        assertEquals("role: COUNTY → UNIT; scope: wuzhi → hpu", Formats.changes(changes));
    }

    @Test
    void changesShowAbsentAndEmptyValuesApart() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("username", new FieldChange(null, "wuzhi2"));
        changes.put("displayName", new FieldChange(null, ""));
        assertEquals("username: (none) → wuzhi2; displayName: (none) → \"\"", Formats.changes(changes));
    }

    @Test
    void changesKeepToOneLine() {
        assertEquals("serviceExperience: a → b c d",
                Formats.changes(Map.of("serviceExperience", new FieldChange("a", "b\nc\t d"))));
    }

    @Test
    void noChangesIsEmpty() {
        assertEquals("", Formats.changes(Map.of()));
        assertEquals("", Formats.changes(null));
    }

    @Test
    void longChangesAreCutToEightyCharacters() {
        Map<String, FieldChange> changes = new LinkedHashMap<>();
        changes.put("fields", new FieldChange("怀山药栽培、病虫害防治", "怀山药栽培、病虫害防治、土壤改良、农产品加工、电商直播、品牌建设"));
        changes.put("serviceExperience", new FieldChange("2019年起驻村服务", "2019年起驻村服务，2024年起兼任合作社技术顾问"));
        changes.put("phone", new FieldChange("13800000000", "13900000000"));

        String text = Formats.changes(changes);

        assertEquals(80, text.codePointCount(0, text.length()));
        assertEquals('…', text.charAt(text.length() - 1));
        assertEquals(true, text.startsWith("fields: 怀山药栽培、病虫害防治 → 怀山药栽培"), text);
    }

    @Test
    void cutNeverSplitsACharacter() {
        assertEquals("ab…", Formats.cut("ab\uD83C\uDF3Dcd", 3));
        assertEquals("ab\uD83C\uDF3D…", Formats.cut("ab\uD83C\uDF3Dcde", 4));
        assertEquals("abc", Formats.cut("abc", 3));
    }

    @Test
    void roleAndScopeAreShownTogether() {
        assertEquals("COUNTY wuzhi", Formats.roleScope(Role.COUNTY, "wuzhi"));
        assertEquals("CITY", Formats.roleScope(Role.CITY, ""));
        assertEquals("AUDITOR", Formats.roleScope(Role.AUDITOR, null));
        assertEquals("COUNTY mengzhou", Formats.roleScope(TeamLevel.COUNTY, "mengzhou"));
        assertEquals("CITY", Formats.roleScope(TeamLevel.CITY, ""));
    }

    @Test
    void leaderShowsWhatIsKnownAndAnUnfilledRoleAsNone() {
        assertEquals("张伟 (副县长, 13900000001)", Formats.leader(new Leader("张伟", "副县长", "13900000001")));
        assertEquals("张伟 (13900000001)", Formats.leader(new Leader("张伟", "", "13900000001")));
        assertEquals("张伟", Formats.leader(new Leader("张伟", null, null)));
        assertEquals("(none)", Formats.leader(new Leader("", "副县长", "")));
        assertEquals("(none)", Formats.leader(null));
    }

    @Test
    void termShowsBothDays() {
        assertEquals("2026-01-01 – 2028-12-31", Formats.term(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void absentInstantIsEmpty() {
        assertEquals("", Formats.instantOrEmpty(null));
        assertEquals("2026-11-01T00:00:01Z", Formats.instantOrEmpty(Instant.parse("2026-11-01T00:00:01.5Z")));
    }
}
