package io.tepai.rest.internal;

import java.nio.charset.StandardCharsets;

/** The {@code Content-Disposition} of a file download whose name may be Chinese. */
final class Downloads {

    /** RFC 5987 attr-char besides letters and digits: what may stand unencoded in {@code filename*}. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Downloads() {
    }

    /**
     * {@code attachment; filename="<fallback>"; filename*=UTF-8''<name>} (RFC 6266): browsers take the UTF-8 name,
     * clients that know only {@code filename} get the ASCII fallback, as a quoted string may not carry anything
     * else. When the name is plain ASCII already, it alone is sent.
     */
    static String attachment(String fileName, String asciiFallback) {
        if (plain(fileName)) {
            return "attachment; filename=\"" + fileName + "\"";
        }
        String fallback = plain(asciiFallback) ? asciiFallback : "download";
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** Printable ASCII without the characters a quoted string or a file system would trip over. */
    static boolean plain(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return name.chars().allMatch(c -> c >= 0x20 && c < 0x7F && "\"\\/:*?<>|%".indexOf(c) < 0);
    }

    /** RFC 5987 value-chars: each byte of the UTF-8 form that is not an attr-char becomes %XX. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
        return encoded.toString();
    }
}
