/**
 * The programme calendar: the time zone the programme runs on and its (evaluation) year, which need not start on
 * 1 January. Every layer asks this one service for "the current year", so that squads, coverage, assignments,
 * progress and evaluation never disagree about it; and its working days (public holidays, 调休), on which periods
 * such as the public notice of R-REC-2 are counted.
 */
@Export
@Version("0.2.0")
package io.tepai.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
