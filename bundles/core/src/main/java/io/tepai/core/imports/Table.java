package io.tepai.core.imports;

import java.util.List;

/**
 * A file read into rows of text cells: the header (row 1) and the data rows with their row numbers as a spreadsheet
 * shows them. Blank rows are left out. Cells are stripped; a missing cell is empty.
 */
public record Table(List<String> header, List<Row> rows) {

    public record Row(int number, List<String> cells) {

        /** The cell at {@code index}, empty when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }
}
