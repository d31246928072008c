package io.tepai.api.specialist;

/**
 * How many specialists of one guidance class (分类指导, R-TIER-2) a report counts.
 *
 * @param guidanceClass the class
 * @param specialists   how many, each counted once
 */
public record ClassCount(Classification guidanceClass, int specialists) {
}
