package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

/** The one CSV writer behind every export: coverage, service logs, progress. */
class CsvTest {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"line\r\nbreak\"", Csv.field("line\r\nbreak"));
        assertEquals("\"line\nbreak\"", Csv.field("line\nbreak"));
        assertEquals("'+86 391", Csv.field("+86 391"));
        assertEquals("\"'@x,y\"", Csv.field("@x,y"));
        assertEquals("'-1", Csv.field("-1"), "text that looks like a negative number is still text from a user");
    }

    @Test
    void rowsWriteNumbersPlainlyDatesAsIsoAndNullsEmpty() {
        String csv = new Csv("a,b,c,d,e,f").row(12L, new BigDecimal("1.5"), new BigDecimal("1E+1"), -3,
                LocalDate.of(2026, 3, 1), null).text();
        assertEquals("\uFEFFa,b,c,d,e,f\r\n12,1.5,10,-3,2026-03-01,\r\n", csv);
    }

    @Test
    void severalValuesShareOneFieldJoinedBySemicolons() {
        assertEquals("a; b", Csv.joined(Stream.of("a", "b")));
        assertEquals("", Csv.joined(Stream.empty()));
        assertEquals("\uFEFFx\r\n'=a; b\r\n", new Csv("x").row(Csv.joined(Stream.of("=a", "b"))).text(),
                "the joined field is defused as a whole");
    }

    @Test
    void exportsAreSecondChoiceForAClientThatAcceptsAnything() {
        MediaType export = MediaType.valueOf(Csv.EXPORT);
        assertTrue(export.isCompatible(Csv.TYPE));
        assertTrue(Float.parseFloat(export.getParameters().get("qs")) < 1, "JSON (qs 1) wins for */*");
    }
}
