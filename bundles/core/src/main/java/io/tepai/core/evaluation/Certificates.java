package io.tepai.core.evaluation;

import io.tepai.api.Actor;
import io.tepai.api.NotFoundException;
import io.tepai.api.calendar.ProgrammeCalendar;
import io.tepai.api.evaluation.Certificate;
import io.tepai.core.pdf.ConfiguredFonts;
import io.tepai.spi.evaluation.Grade;
import io.tepai.store.Store;
import io.tepai.store.entity.EvaluationResultEntity;
import io.tepai.store.entity.EvaluationRoundEntity;

/**
 * The certificate of an excellent specialist (R-EVAL-4) as a PDF, issued by the city S&T bureau and dated the day
 * the round was published, set in the fonts of {@code certificate.fonts} (none: the predefined STSong-Light).
 */
final class Certificates {

    static final String ISSUER = "焦作市科学技术局";

    private final Store store;
    private final ProgrammeCalendar calendar;
    private final ConfiguredFonts fonts = new ConfiguredFonts();

    Certificates(Store store, ProgrammeCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** {@code certificate.fonts}: comma-separated text, or an array of files; read again at the next certificate. */
    void configure(Object value) {
        fonts.configure(value);
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
                    round.getPublishedAt().atZone(calendar.zone()).toLocalDate()),
                    fonts.fonts(CertificatePdf.RULE, "the certificate"));
            return new Certificate(result.getCertificateNo(), result.getCertificateNo() + "-"
                    + result.getSubjectName() + ".pdf", pdf);
        });
    }
}
