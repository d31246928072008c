package io.tepai.shell.internal;

import io.tepai.api.specialist.ChainSegment;
import io.tepai.api.specialist.Classification;
import io.tepai.api.specialist.Sector;
import io.tepai.api.specialist.Specialist;
import io.tepai.api.specialist.SpecialistStatus;
import io.tepai.spi.tier.Degree;
import io.tepai.spi.tier.TitleLevel;
import java.time.Instant;
import java.util.List;
import java.util.Set;

final class Samples {

    private Samples() {
    }

    static Specialist specialist(String eligibilityException) {
        return new Specialist(7, "李华", "hpu", TitleLevel.ASSOCIATE_SENIOR, "副教授", Degree.DOCTORATE,
                List.of("怀山药栽培", "病虫害防治"), Set.of(Sector.SECONDARY, Sector.PRIMARY),
                Set.of(ChainSegment.PROCESSING, ChainSegment.PRODUCTION), "city", Classification.PUBLIC_WELFARE,
                List.of("wenxian", "wuzhi"), "13800000000", "lihua@hpu.edu.cn", "2019年起驻村服务",
                eligibilityException, SpecialistStatus.ACTIVE, true, 4, Instant.parse("2025-01-02T03:04:05.678Z"),
                Instant.parse("2025-02-03T04:05:06Z"));
    }
}
