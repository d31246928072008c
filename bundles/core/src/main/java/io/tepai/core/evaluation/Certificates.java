package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.RuleViolationException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.Certificate;
import io.tepai.spi.evaluation.Grade;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate of an excellent specialist (R-EVAL-4) as a PDF, issued by the city S&T bureau and dated the day
 * the round was published, set in the fonts of {@code certificate.fonts} (none: the predefined STSong-Light).
 */
final class Certificates {

    static final String ISSUER = "焦作市科学技术局";

    private static final Logger LOG = LoggerFactory.getLogger(Certificates.class);

    private final Store store;
    private final ProgrammeCalendar calendar;
    private volatile List<String> fontFiles = List.of();
    private CertificateFonts fonts;

    Certificates(Store store, ProgrammeCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** {@code certificate.fonts}: comma-separated text, or an array of files; read again at the next certificate. */
    void configure(Object value) {
        fontFiles = fontFiles(value);
    }

    static List<String> fontFiles(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = value instanceof String[] array ? List.of(array) : List.of(value.toString().split(","));
        return parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    Certificate certificate(Actor actor, long resultId) {
        return store.read(repos -> {
            EvaluationResultEntity result = RoundRows.findResult(repos, resultId);
            EvaluationRoundEntity round = RoundRows.findRound(repos, result.getRoundId());
            ResultScope.requireReadable(actor, round, result);
            if (result.getCertificateNo() == null) {
                throw new NotFoundException(Publication.noCertificate(round, result));
            }
            String unit = result.getUnitCode() == null ? "" : repos.units().find(result.getUnitCode())
                    .map(u -> u.getNameZh()).orElse(result.getUnitCode());
            String county = result.getCountyCode() == null ? "" : repos.counties().find(result.getCountyCode())
                    .map(c -> c.getNameZh()).orElse(result.getCountyCode());
            byte[] pdf = CertificatePdf.render(new CertificatePdf.Content(result.getCertificateNo(),
                    result.getSubjectName(), unit, county, round.getYear(), Grade.EXCELLENT.nameZh(), ISSUER,
                    round.getPublishedAt().atZone(calendar.zone()).toLocalDate()), fonts());
            return new Certificate(result.getCertificateNo(), result.getCertificateNo() + "-"
                    + result.getSubjectName() + ".pdf", pdf);
        });
    }

    /** The configured fonts, read once per configuration; a font that cannot be read refuses. */
    private synchronized CertificateFonts fonts() {
        List<String> files = fontFiles;
        if (fonts == null || !fonts.specs().equals(files)) {
            try {
                fonts = CertificateFonts.load(files);
            } catch (RuntimeException e) {
                LOG.error("certificate.fonts in io.tepai.evaluation cannot be used: {}", e.getMessage());
                throw new RuleViolationException(CertificatePdf.RULE, "the certificate cannot be printed: "
                        + e.getMessage());
            }
        }
        return fonts;
    }
}
