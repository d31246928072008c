package io.tepai.api.field;

/**
 * An outcome indicator service logs may report, from configuration.
 *
 * @param id     stable id used as the key in {@link ServiceLog#outcomes()}, e.g. {@code farmersTrained}
 * @param nameZh e.g. 培训农民（人次）
 * @param unit   unit of the number, e.g. 人次, 亩
 */
public record OutcomeIndicator(String id, String nameZh, String unit) {
}
