package io.tepai.plugin.xiuwu.tourism;

import io.tepai.spi.evaluation.SubjectKind;
import io.tepai.spi.incentive.Incentive;
import io.tepai.spi.incentive.IncentivePolicy;
import io.tepai.spi.incentive.PublishedResult;
import io.tepai.spi.module.County;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/**
 * 修武县's own incentive 乡村旅游服务奖励 (R-INC-2: counties may add incentives of their own). A specialist who served
 * a tourism industry in the year (any leading industry whose name contains 旅游, e.g. 乡村旅游, 乡村旅游规划) and was
 * graded excellent receives a bonus of 5,000 yuan, graded good 2,000 yuan, paid by the county. Teams, counties'
 * work and units receive nothing from this policy.
 *
 * <p>{@code @County} (service property {@code tepai.county}) says whose module this is; Tepai applies it only to
 * results of counties that switched it on ({@code tepai:module-enable xiuwu xiuwu-tourism-bonus}).
 */
@Component(service = IncentivePolicy.class)
@County("xiuwu")
public class TourismBonusPolicy implements IncentivePolicy {

    static final String ID = "xiuwu-tourism-bonus";
    static final String KIND = "bonus";
    static final BigDecimal EXCELLENT_BONUS = new BigDecimal("5000");
    static final BigDecimal GOOD_BONUS = new BigDecimal("2000");
    private static final String TOURISM = "旅游";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameZh() {
        return "乡村旅游服务奖励";
    }

    @Override
    public String nameEn() {
        return "Rural tourism service bonus";
    }

    @Override
    public List<Incentive> grants(PublishedResult result) {
        if (result.subject().kind() != SubjectKind.SPECIALIST) {
            return List.of();
        }
        BigDecimal amount = switch (result.grade()) {
            case EXCELLENT -> EXCELLENT_BONUS;
            case GOOD -> GOOD_BONUS;
            case PASS, FAIL -> null;
        };
        Optional<String> industry = result.subject().industries().stream()
                .filter(name -> name.contains(TOURISM))
                .sorted()
                .findFirst();
        if (amount == null || industry.isEmpty()) {
            return List.of();
        }
        String description = "修武县乡村旅游服务奖励：" + result.year() + " 年度考核" + result.grade().nameZh()
                + "，服务" + industry.get() + "产业，奖励 " + amount.toPlainString() + " 元（县财政支付）";
        return List.of(Incentive.money(KIND, description, amount));
    }
}
