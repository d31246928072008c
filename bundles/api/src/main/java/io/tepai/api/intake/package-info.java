/**
 * Recruitment (公开选聘): the yearly intake, the units' registration forms (R-REC-1) and the selection that ends in
 * the appointment list (R-REC-2): expert review, the bureau director's office meeting, consultation of the leading
 * group's member units, the public notice (公示) with its objections, and the appointment with a term.
 */
@Export
@Version("0.1.0")
package io.tepai.api.intake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
