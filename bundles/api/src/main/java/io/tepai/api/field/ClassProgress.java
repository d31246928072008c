package io.tepai.api.field;

import io.tepai.api.specialist.Classification;
import java.math.BigDecimal;

/**
 * The progress of one guidance class (分类指导, R-TIER-2) among the specialists a progress report covers: how many
 * they are and their confirmed field days and services in the year.
 */
public record ClassProgress(Classification guidanceClass, int specialists, BigDecimal fieldDays, int services) {
}
