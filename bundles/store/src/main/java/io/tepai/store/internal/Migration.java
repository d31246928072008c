package io.tepai.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One versioned schema migration: a SQL script on the class path under {@code db/migration/}, named
 * {@code V<version>__<description>.sql}. Statements end with a semicolon at the end of a line; lines starting
 * with {@code --} are comments. A {@code {{query}}} in a statement is replaced by the value the query returns when
 * the statement runs ({@link Migrator#withQueriedValues}).
 */
record Migration(int version, String description, String script) {

    static Migration load(ClassLoader loader, String fileName) {
        if (!fileName.matches("V\\d{3}__[a-z0-9_]+\\.sql")) {
            throw new IllegalArgumentException("Migration file name must look like V001__name.sql: " + fileName);
        }
        String path = "db/migration/" + fileName;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the bundle: " + path);
            }
            int version = Integer.parseInt(fileName.substring(1, 4));
            String description = fileName.substring(6, fileName.length() - 4).replace('_', ' ');
            return new Migration(version, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("Migration V" + version + " ends without a semicolon");
        }
        return statements;
    }

    /** SHA-256 of the script, recorded when applied so that an edited, already-applied script is noticed. */
    String checksum() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
