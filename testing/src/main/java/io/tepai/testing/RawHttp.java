package io.tepai.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP request written byte for byte, as no HTTP client would send it (a bad URI, oversized headers, a malformed
 * request line), and the answer as read until the server closes the connection: how the tests see what Jetty
 * answers before any servlet runs.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * @param request the whole request, ISO-8859-1; send {@code Connection: close} so the answer ends
     * @param timeout the longest wait for a byte of the answer
     */
    public static String exchange(int port, String request, Duration timeout) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                // Jetty may answer and close before it has read all of an oversized request
            }
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    reply.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // connection reset after the answer
            }
            return reply.toString(StandardCharsets.UTF_8);
        }
    }
}
