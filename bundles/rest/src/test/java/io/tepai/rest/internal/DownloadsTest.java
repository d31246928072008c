package io.tepai.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tepai.api.evaluation.Certificate;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aChineseNameIsSentEncodedWithAnAsciiFallback() {
        // RFC 6266 / RFC 5987: UTF-8 bytes percent-encoded, upper-case hex; attr-chars such as '-' and '.' stay
        assertEquals("attachment; filename=\"certificate-JZ-2026-007.pdf\"; "
                        + "filename*=UTF-8''%E4%BC%98%E7%A7%80-%E6%9D%8E%E5%8D%8E-2026.pdf",
                Downloads.attachment("优秀-李华-2026.pdf", "certificate-JZ-2026-007.pdf"));
    }

    @Test
    void spacesQuotesAndPercentSignsAreEncodedInTheExtendedName() {
        assertEquals("attachment; filename=\"x.pdf\"; filename*=UTF-8''a%20%22b%22%25.pdf",
                Downloads.attachment("a \"b\"%.pdf", "x.pdf"));
    }

    @Test
    void aPlainAsciiNameIsSentAlone() {
        assertEquals("attachment; filename=\"certificate-7.pdf\"", Downloads.attachment("certificate-7.pdf", "x.pdf"));
    }

    @Test
    void aFallbackThatIsNotPlainAsciiIsReplaced() {
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''%E8%AF%81.pdf",
                Downloads.attachment("证.pdf", "证书.pdf"));
    }

    @Test
    void theCertificateFallbackIsItsNumber() {
        assertEquals("certificate-JZ-2026-007.pdf",
                EvaluationResultResource.fallbackName(new Certificate("JZ-2026-007", "证书.pdf", new byte[0])));
        assertEquals("certificate-JZ_2026_007_.pdf",
                EvaluationResultResource.fallbackName(new Certificate("JZ/2026/007号", "证书.pdf", new byte[0])));
        assertEquals("certificate.pdf",
                EvaluationResultResource.fallbackName(new Certificate(null, "证书.pdf", new byte[0])));
    }
}
