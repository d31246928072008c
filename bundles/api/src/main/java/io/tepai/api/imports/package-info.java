/**
 * Bulk import of records from files (issue 17): specialists, dispatch assignments, recipients and confirmed service
 * logs from CSV (UTF-8 with or without BOM, or a named charset such as GBK) and XLSX, every row checked by the rules
 * of the single writes, all or nothing per file.
 */
@Export
@Version("0.2.0")
package io.tepai.api.imports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
