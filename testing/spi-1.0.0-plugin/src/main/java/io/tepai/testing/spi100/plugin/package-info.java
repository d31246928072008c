/**
 * 沁阳市's criterion, incentive policy and tier as a county would have written them against SPI 1.0.0: they use the
 * records, accessors, factories and helpers that 1.0.0 offered (and that every 1.x must keep), nothing newer, since
 * this module compiles against the 1.0.0 SPI only.
 */
package io.tepai.testing.spi100.plugin;
