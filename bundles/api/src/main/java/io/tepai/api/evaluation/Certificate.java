package io.tepai.api.evaluation;

/** An excellent specialist's certificate (R-EVAL-4) as a PDF document. */
public record Certificate(String number, String fileName, byte[] pdf) {
}
