package io.tepai.core.field;

import io.tepai.api.field.OutcomeIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outcome indicators service logs may report, configured as {@code outcomeIndicators} in
 * {@code io.tepai.service}: entries {@code id:名称:单位} separated by commas. The ids are stored with the logs, so
 * an id that is removed from the list keeps its stored numbers but is no longer accepted in new logs.
 */
final class OutcomeIndicators {

    static final List<OutcomeIndicator> DEFAULT = List.of(
            new OutcomeIndicator("farmersTrained", "培训农民", "人次"),
            new OutcomeIndicator("techniquesPromoted", "推广新技术新品种", "项"),
            new OutcomeIndicator("demonstrationArea", "示范推广面积", "亩"),
            new OutcomeIndicator("problemsSolved", "解决技术难题", "个"),
            new OutcomeIndicator("enterprisesFounded", "领办创办企业或合作社", "个"));

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeIndicators.class);
    private static final Pattern ID = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

    private OutcomeIndicators() {
    }

    static List<OutcomeIndicator> from(Map<String, ?> config) {
        Object value = config == null ? null : config.get("outcomeIndicators");
        if (value == null || value.toString().isBlank()) {
            return DEFAULT;
        }
        List<OutcomeIndicator> indicators = new ArrayList<>();
        for (String entry : value.toString().split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 3 || !ID.matcher(parts[0].strip()).matches() || parts[1].isBlank()) {
                LOG.warn("Ignoring outcomeIndicators in io.tepai.service: '{}' is not id:名称:单位; using the defaults",
                        entry.strip());
                return DEFAULT;
            }
            indicators.add(new OutcomeIndicator(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        return List.copyOf(indicators);
    }
}
