package io.tepai.core.module;

/**
 * One county's switch of one module, as the audit trail records it before and after a toggle. Public because
 * the audit trail reads its components reflectively.
 *
 * @param weight the weight configured for the county, null when the criterion's default applies
 */
public record ModuleSwitch(String county, boolean enabled, Integer weight) {
}
