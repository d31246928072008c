package io.tepai.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** R-EVAL-4: certificates are numbered JZKTP-<year>-<NNNN>, serial per year. */
class CertificateNumbersTest {

    @Test
    void R_EVAL_4_theFirstCertificateOfAYearIsNumberOne() {
        CertificateNumbers numbers = CertificateNumbers.after(2026, Optional.empty());

        assertEquals("JZKTP-2026-0001", numbers.next());
        assertEquals("JZKTP-2026-0002", numbers.next());
    }

    @Test
    void R_EVAL_4_numbersContinueAfterTheLastOneIssuedThatYear() {
        assertEquals("JZKTP-2026-0008", CertificateNumbers.after(2026, Optional.of("JZKTP-2026-0007")).next());
        assertEquals("JZKTP-2026-10000", CertificateNumbers.after(2026, Optional.of("JZKTP-2026-9999")).next());
        assertEquals("JZKTP-2027-", CertificateNumbers.prefix(2027));
    }
}
