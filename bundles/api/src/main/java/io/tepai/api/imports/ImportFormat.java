package io.tepai.api.imports;

/** The format of an imported file. */
public enum ImportFormat {
    /** Comma-separated values (RFC 4180), first line the header. */
    CSV,
    /** An Excel workbook (Office Open XML); its first sheet is read, first row the header. */
    XLSX
}
