/**
 * The programme calendar: the time zone the programme runs on and its (evaluation) year, which need not start on
 * 1 January. Every layer asks this one service for "the current year", so that squads, coverage, assignments,
 * progress and evaluation never disagree about it.
 */
@Export
@Version("0.1.0")
package io.tepai.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
