/**
 * The meter registry behind {@link io.tepai.api.metrics.Metrics} and the {@code /metrics} scrape endpoint. Micrometer
 * and Prometheus' client are copied into this bundle and stay private to it.
 */
package io.tepai.metrics.internal;
