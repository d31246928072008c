package io.tepai.core.evaluation;

import java.util.Optional;

/**
 * R-EVAL-4: certificate numbers, {@code JZKTP-<year>-<NNNN>}, serial per programme year across all rounds of that
 * year, continuing after the last one issued (the store finds it; its unique column refuses a number twice).
 */
final class CertificateNumbers {

    private final String prefix;
    private int serial;

    private CertificateNumbers(String prefix, int serial) {
        this.prefix = prefix;
        this.serial = serial;
    }

    static String prefix(int year) {
        return "JZKTP-" + year + "-";
    }

    /** The numbers of {@code year} that follow {@code lastIssued} (a number found under {@link #prefix}). */
    static CertificateNumbers after(int year, Optional<String> lastIssued) {
        String prefix = prefix(year);
        return new CertificateNumbers(prefix, lastIssued.map(n -> Integer.parseInt(n.substring(prefix.length())))
                .orElse(0));
    }

    String next() {
        return prefix + String.format("%04d", ++serial);
    }
}
