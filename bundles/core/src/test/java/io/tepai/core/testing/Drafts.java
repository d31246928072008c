package io.tepai.core.testing;

import io.tepai.api.Contact;
import io.tepai.api.org.UnitDraft;
import io.tepai.api.org.UnitType;
import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.SpecialistDraft;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Drafts for service tests: an eligible city-tier specialist of unit "hpu" serving 武陟县, changed field by field. */
public final class Drafts {

    private String name = "李振华";
    private String unitCode = "hpu";
    private TitleLevel titleLevel = TitleLevel.INTERMEDIATE;
    private String title = "农艺师";
    private Degree degree = Degree.BACHELOR;
    private List<String> fields = List.of("怀山药栽培");
    // EnumSets, not Set.of: SpecialistValidator calls contains(null), which Set.of(..) answers with an NPE
    // (reported bug, see SpecialistValidatorTest); the other tests must not trip over it.
    private Set<Sector> sectors = EnumSet.of(Sector.PRIMARY);
    private Set<ChainSegment> chainSegments = EnumSet.of(ChainSegment.PRODUCTION);
    private String tierId = "city";
    private Classification classification = Classification.PUBLIC_WELFARE;
    private List<String> counties = List.of("wuzhi");
    private String phone = "0391-3986127";
    private String email = "li.zhenhua@example.cn";
    private String serviceExperience = "三年怀山药种植技术服务";
    private String eligibilityException = "";
    private SpecialistStatus status = null;

    private Drafts() {
    }

    /** A specialist meeting R-ELIG-1: intermediate title and service experience. */
    public static Drafts specialist() {
        return new Drafts();
    }

    public static UnitDraft unit(String code) {
        return new UnitDraft(code, code + "大学", code.toUpperCase() + " University", UnitType.UNIVERSITY,
                new Contact("周立伟", "0391-3986127", "kjc@example.edu.cn"));
    }

    public Drafts name(String value) {
        name = value;
        return this;
    }

    public Drafts unitCode(String value) {
        unitCode = value;
        return this;
    }

    public Drafts titleLevel(TitleLevel value) {
        titleLevel = value;
        return this;
    }

    public Drafts title(String value) {
        title = value;
        return this;
    }

    public Drafts degree(Degree value) {
        degree = value;
        return this;
    }

    public Drafts fields(List<String> value) {
        fields = value;
        return this;
    }

    public Drafts fields(String... value) {
        fields = List.of(value);
        return this;
    }

    public Drafts sectors(Set<Sector> value) {
        sectors = value;
        return this;
    }

    public Drafts sectors(Sector first, Sector... more) {
        sectors = EnumSet.of(first, more);
        return this;
    }

    public Drafts chainSegments(Set<ChainSegment> value) {
        chainSegments = value;
        return this;
    }

    public Drafts chainSegments(ChainSegment first, ChainSegment... more) {
        chainSegments = EnumSet.of(first, more);
        return this;
    }

    public Drafts tierId(String value) {
        tierId = value;
        return this;
    }

    public Drafts classification(Classification value) {
        classification = value;
        return this;
    }

    public Drafts counties(List<String> value) {
        counties = value;
        return this;
    }

    public Drafts counties(String... value) {
        counties = List.of(value);
        return this;
    }

    public Drafts phone(String value) {
        phone = value;
        return this;
    }

    public Drafts email(String value) {
        email = value;
        return this;
    }

    public Drafts serviceExperience(String value) {
        serviceExperience = value;
        return this;
    }

    public Drafts eligibilityException(String value) {
        eligibilityException = value;
        return this;
    }

    public Drafts status(SpecialistStatus value) {
        status = value;
        return this;
    }

    /** Below R-ELIG-1: junior title, bachelor's degree (experience unchanged). */
    public Drafts ineligible() {
        return titleLevel(TitleLevel.JUNIOR).degree(Degree.BACHELOR);
    }

    public SpecialistDraft build() {
        return new SpecialistDraft(name, unitCode, titleLevel, title, degree, fields, sectors, chainSegments, tierId,
                classification, counties, phone, email, serviceExperience, eligibilityException, status);
    }
}
