package io.tepai.core.pdf;

import io.tepai.api.RuleViolationException;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of {@code certificate.fonts} in {@code io.tepai.evaluation}, which every printed document (certificate,
 * registration form) is set in: read at the first document after each configuration, then kept. A component for
 * the documents printed outside the evaluation service (the registration form); the evaluation service keeps its own.
 */
@Component(service = ConfiguredFonts.class, configurationPid = "io.tepai.evaluation")
public final class ConfiguredFonts {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredFonts.class);

    private volatile List<String> fontFiles = List.of();
    private PdfFonts fonts;

    @Activate
    @Modified
    void activate(Map<String, ?> config) {
        configure(config == null ? null : config.get("certificate.fonts"));
    }

    /** {@code certificate.fonts}: comma-separated text, or an array of files; read again at the next document. */
    public void configure(Object value) {
        fontFiles = fontFiles(value);
    }

    static List<String> fontFiles(Object value) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = value instanceof String[] array ? List.of(array) : List.of(value.toString().split(","));
        return parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    /**
     * The configured fonts (none: empty, for STSong-Light); a font that cannot be read refuses {@code document}
     * under {@code rule}.
     */
    public synchronized PdfFonts fonts(String rule, String document) {
        List<String> files = fontFiles;
        if (fonts == null || !fonts.specs().equals(files)) {
            try {
                fonts = PdfFonts.load(files);
            } catch (RuntimeException e) {
                LOG.error("certificate.fonts in io.tepai.evaluation cannot be used: {}", e.getMessage());
                throw new RuleViolationException(rule, document + " cannot be printed: " + e.getMessage());
            }
        }
        return fonts;
    }
}
