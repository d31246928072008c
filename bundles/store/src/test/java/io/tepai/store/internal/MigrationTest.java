package io.tepai.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationTest {

    private static final ClassLoader SCRIPTS = Migration.class.getClassLoader();

    private static Migration script(String text) {
        return new Migration(7, "test", text);
    }

    @Test
    void statementsAreSplitAtSemicolonsThatEndALine() {
        Migration migration = script("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n");

        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"), migration.statements());
    }

    @Test
    void aStatementMaySpanSeveralLines() {
        Migration migration = script("CREATE TABLE a (\n    x INT,\n    y INT\n);\n");

        List<String> statements = migration.statements();

        assertEquals(1, statements.size());
        assertEquals("CREATE TABLE a (\n    x INT,\n    y INT\n)", statements.get(0));
    }

    @Test
    void commentLinesAndBlankLinesAreDropped() {
        Migration migration = script("""
                -- header comment

                CREATE TABLE a (
                    -- a comment inside the statement
                    x INT
                );
                   -- indented comment
                INSERT INTO a VALUES (1);
                """);

        assertEquals(List.of("CREATE TABLE a (\n    x INT\n)", "INSERT INTO a VALUES (1)"), migration.statements());
    }

    @Test
    void aSemicolonInsideALineDoesNotEndTheStatement() {
        Migration migration = script("INSERT INTO a VALUES ('x;y',\n 2);\n");

        assertEquals(List.of("INSERT INTO a VALUES ('x;y',\n 2)"), migration.statements());
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        Migration migration = script("CREATE TABLE a (x INT);\r\nCREATE TABLE b (y INT);\r\n");

        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)"), migration.statements());
    }

    @Test
    void aScriptOfOnlyCommentsHasNoStatements() {
        assertEquals(List.of(), script("-- nothing to do\n\n").statements());
    }

    @Test
    void aLastStatementWithoutSemicolonIsRejectedNamingTheVersion() {
        Migration migration = script("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT)\n");

        IllegalStateException e = assertThrows(IllegalStateException.class, migration::statements);
        assertTrue(e.getMessage().contains("V7"), e.getMessage());
    }

    @Test
    void loadReadsVersionAndDescriptionFromTheFileName() {
        Migration migration = Migration.load(SCRIPTS, "V002__counties.sql");

        assertEquals(2, migration.version());
        assertEquals("counties", migration.description());
        assertTrue(migration.script().contains("INSERT INTO county"));
    }

    @Test
    void underscoresInTheDescriptionBecomeSpaces() {
        Migration migration = Migration.load(serving("V013__add_team_table.sql", "SELECT 1 FROM county;\n"),
                "V013__add_team_table.sql");

        assertEquals(13, migration.version());
        assertEquals("add team table", migration.description());
    }

    @Test
    void shippedSchemaScriptSplitsIntoItsCreateStatements() {
        List<String> statements = Migration.load(SCRIPTS, "V001__schema.sql").statements();

        assertEquals(List.of("county", "county_industry", "dispatching_unit", "specialist", "specialist_field",
                "specialist_sector", "specialist_segment", "specialist_county", "tepai_meta"),
                statements.stream().filter(s -> s.startsWith("CREATE TABLE "))
                        .map(s -> s.substring("CREATE TABLE ".length()).split("\\s")[0]).toList());
        assertTrue(statements.stream().allMatch(s -> s.startsWith("CREATE TABLE ") || s.startsWith("CREATE INDEX ")),
                statements.toString());
        assertTrue(statements.stream().noneMatch(s -> s.endsWith(";") || s.contains("--")));
    }

    @Test
    void shippedCountyScriptSplitsIntoTwoInserts() {
        List<String> statements = Migration.load(SCRIPTS, "V002__counties.sql").statements();

        assertEquals(2, statements.size());
        assertTrue(statements.get(0).startsWith("INSERT INTO county "));
        assertTrue(statements.get(1).startsWith("INSERT INTO county_industry "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"V1__schema.sql", "V0001__schema.sql", "v001__schema.sql", "V001_schema.sql",
            "V001__Schema.sql", "V001__schema.SQL", "V001__schema.sql.bak", "V001__.sql", "V001__my-schema.sql",
            "001__schema.sql", "../V001__schema.sql", "V001__schema"})
    void malformedFileNamesAreRejected(String fileName) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Migration.load(SCRIPTS, fileName));
        assertTrue(e.getMessage().contains(fileName), e.getMessage());
    }

    @Test
    void aWellNamedScriptMissingFromTheClassPathIsReported() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Migration.load(SCRIPTS, "V999__does_not_exist.sql"));
        assertTrue(e.getMessage().contains("db/migration/V999__does_not_exist.sql"), e.getMessage());
    }

    @Test
    void checksumIsAStableSha256InHex() {
        String checksum = script("SELECT 1;\n").checksum();

        assertEquals(64, checksum.length());
        assertTrue(checksum.matches("[0-9a-f]{64}"), checksum);
        assertEquals(checksum, script("SELECT 1;\n").checksum());
    }

    @Test
    void checksumChangesWhenTheScriptChanges() {
        assertNotEquals(script("SELECT 1;\n").checksum(), script("SELECT 2;\n").checksum());
    }

    @Test
    void checksumOfTheEmptyScriptIsTheWellKnownSha256() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", script("").checksum());
    }

    private static ClassLoader serving(String fileName, String text) {
        return new ClassLoader(SCRIPTS) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals("db/migration/" + fileName)) {
                    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        };
    }
}
