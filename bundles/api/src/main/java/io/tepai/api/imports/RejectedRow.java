package io.tepai.api.imports;

/**
 * One reason a row of an imported file was refused.
 *
 * @param row    the row's line in the file as a spreadsheet shows it (the header is row 1)
 * @param column the column's header as written in the file, or empty when the reason concerns the whole row
 * @param reason what is wrong, in the words of the single write's check
 */
public record RejectedRow(int row, String column, String reason) {
}
