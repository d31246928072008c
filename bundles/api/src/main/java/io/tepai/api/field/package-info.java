/**
 * Service in the field: recipients (受援对象), service logs confirmed by recipients (R-SVC-1, R-SVC-3), annual
 * thresholds and progress (R-SVC-2), coordination requests (R-ESC-1), training (R-TRN-1), demonstration bases and
 * mentored local leaders (R-SVC-1).
 */
@Export
@Version("0.3.0")
package io.tepai.api.field;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
