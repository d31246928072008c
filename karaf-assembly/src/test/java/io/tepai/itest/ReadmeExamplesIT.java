package io.tepai.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The README's "Using it" table, row by row, as a new user types it: every {@code curl} in the table (and the CSV
 * variant a row mentions) is run against the container and must answer 200 with a readable body — JSON that
 * parses, and Chinese that arrived as Chinese (no UTF-8 read as ISO-8859-1 on its way from a file or the database).
 */
public class ReadmeExamplesIT extends TepaiContainerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CURL = Pattern.compile("`(curl [^`]+)`");
    static final Pattern MOJIBAKE = Pattern.compile("[\\u00E0-\\u00EF][\\u0080-\\u00BF]{2}");
    private static final Pattern TOKEN = Pattern.compile("'([^']*)'|(\\S+)");

    @Test
    public void everyCurlRowOfTheUsingItTableWorks() throws Exception {
        List<String> rows = usingItRows();
        assertTrue("the README's Using it table has curl rows: " + rows, rows.size() >= 9);
        List<String> failures = new ArrayList<>();
        for (String row : rows) {
            Matcher curl = CURL.matcher(row);
            List<String> commands = new ArrayList<>();
            while (curl.find()) {
                commands.add(curl.group(1));
            }
            // "(CSV: add `-H 'Accept: text/csv'`)": the same command with that header
            for (int i = 1; i < commands.size(); i++) {
                commands.set(i, commands.get(0) + " " + commands.get(i).substring("curl ".length()));
            }
            if (row.contains("add `-H")) {
                Matcher header = Pattern.compile("add `(-H '[^']+')`").matcher(row);
                if (header.find()) {
                    commands.add(commands.get(0) + " " + header.group(1));
                }
            }
            for (String command : commands) {
                String problem = run(command);
                if (problem != null) {
                    failures.add(command + " → " + problem);
                }
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    private static List<String> usingItRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("tepai.itest.readme")),
                StandardCharsets.UTF_8);
        int start = lines.indexOf("## Using it");
        assertTrue("README has a '## Using it' section", start >= 0);
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (line.startsWith("|") && line.contains("`curl ")) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** Runs one curl command line (GET, -u, -H) over HTTP; null when the answer is what a user expects. */
    private String run(String command) throws Exception {
        Matcher tokens = TOKEN.matcher(command.substring("curl ".length()));
        HttpRequest.Builder request = null;
        String user = null;
        List<String> headers = new ArrayList<>();
        String pending = null;
        while (tokens.find()) {
            String token = tokens.group(1) != null ? tokens.group(1) : tokens.group(2);
            if (pending != null) {
                if (pending.equals("-u")) {
                    user = token;
                } else {
                    headers.add(token);
                }
                pending = null;
            } else if (token.equals("-u") || token.equals("-H")) {
                pending = token;
            } else if (token.startsWith("localhost:8181/")) {
                request = HttpRequest.newBuilder(URI.create("http://" + token.replace("localhost:8181",
                        "localhost:" + HTTP_PORT)));
            } else {
                return "the test does not know the curl option " + token;
            }
        }
        assertTrue("a URL in " + command, request != null);
        request.timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    user.getBytes(StandardCharsets.UTF_8)));
        }
        boolean csv = false;
        for (String header : headers) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
            csv |= header.contains("text/csv");
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            return response.statusCode() + " " + body;
        }
        if (body.isBlank()) {
            return "200 with an empty body";
        }
        if (csv) {
            assertEquals(command, "text/csv", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        } else {
            try {
                JSON.readTree(body);
            } catch (Exception e) {
                return "200 but not JSON: " + body.substring(0, Math.min(200, body.length()));
            }
        }
        // a Chinese character's three UTF-8 bytes read as ISO-8859-1, e.g. 培 → "å\u009f¹"
        Matcher garbled = MOJIBAKE.matcher(body);
        if (garbled.find()) {
            return "garbled text near: " + body.substring(Math.max(0, garbled.start() - 40),
                    Math.min(body.length(), garbled.end() + 40));
        }
        return null;
    }
}
