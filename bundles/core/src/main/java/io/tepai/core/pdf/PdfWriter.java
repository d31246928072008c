package io.tepai.core.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;

/** The objects of a PDF 1.4 file, and the file: objects numbered from 1 in order, with the cross-reference table. */
public final class PdfWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PdfWriter() {
    }

    /** Numbers the objects from 1 in order and writes the cross-reference table; the last object is /Info. */
    public static byte[] write(List<byte[]> objects) {
        return new PdfWriter().file(objects);
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] stream(String content) {
        return ascii("<< /Length " + content.getBytes(StandardCharsets.US_ASCII).length + " >>\nstream\n" + content
                + "\nendstream");
    }

    /** A Flate-compressed stream of bytes; {@code entries} are further dictionary entries. */
    static byte[] binaryStream(String entries, byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("<< /Length " + packed.size() + " /Filter /FlateDecode " + entries + " >>\nstream\n"));
        out.writeBytes(packed.toByteArray());
        out.writeBytes(ascii("\nendstream"));
        return out.toByteArray();
    }

    private byte[] file(List<byte[]> objects) {
        text("%PDF-1.4\n");
        // a comment with bytes above 127 tells transfer tools the file is binary
        out.write(new byte[] {'%', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'}, 0, 6);
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            text((i + 1) + " 0 obj\n");
            out.writeBytes(objects.get(i));
            text("\nendobj\n");
        }
        int xref = out.size();
        text("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            text(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        text("trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R /Info " + objects.size() + " 0 R >>\n"
                + "startxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private void text(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
