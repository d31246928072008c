package io.tepai.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every list command gets from its base: the page options, one row per item and the footer. */
class PagedListCommandTest {

    /** Lists words; remembers the page it was asked for. */
    private static final class WordsCommand extends PagedListCommand<String> {

        final List<String> words;
        final long total;
        PageRequest asked;

        WordsCommand(List<String> words, long total) {
            this.words = words;
            this.total = total;
        }

        @Override
        Page<String> fetch() {
            asked = pageRequest();
            return new Page<>(words, total, asked.page(), asked.size());
        }

        @Override
        void columns(Table table) {
            table.column("Word");
            table.column("Length").alignRight();
        }

        @Override
        Object[] cells(String word) {
            return new Object[] {word, word.length()};
        }

        @Override
        String noun() {
            return "word";
        }
    }

    @Test
    void theFirstPageOfTwentyByDefaultWithARowPerItemAndTheFooter() {
        WordsCommand command = new WordsCommand(List.of("怀山药", "wheat"), 45);

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(PageRequest.first(), command.asked);
        assertEquals(List.of("Word", "Length"), Console.cells(lines.get(0)));
        assertEquals(List.of("怀山药", "3"), Console.cells(lines.get(2)));
        assertEquals(List.of("wheat", "5"), Console.cells(lines.get(3)));
        assertEquals("Page 1 of 3 (45 words)", lines.get(lines.size() - 1));
    }

    @Test
    void theOptionsChooseThePage() {
        WordsCommand command = new WordsCommand(List.of("wheat"), 45);
        command.page = 5;
        command.size = 10;

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(new PageRequest(5, 10), command.asked);
        assertEquals("Page 5 of 5 (45 words)", lines.get(lines.size() - 1));
    }

    @Test
    void anEmptyPageShowsTheHeadersAndSaysSoInTheFooter() {
        WordsCommand command = new WordsCommand(List.of(), 0);

        List<String> lines = Console.capture(command::execute).lines();

        assertEquals(List.of("Word", "Length"), Console.cells(lines.get(0)));
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals("Page 1 of 1 (0 words)", lines.get(2));
    }

    @Test
    void aSizeOutOfRangeFailsNamingTheOptionAndListsNothing() {
        WordsCommand command = new WordsCommand(List.of("wheat"), 45);
        command.size = PageRequest.MAX_SIZE + 1;

        Console console = Console.capture(command::execute);

        assertNotNull(console.failure());
        assertEquals("Error: size: must be between 1 and " + PageRequest.MAX_SIZE, console.err().strip());
        assertEquals("", console.out());
        assertNull(command.asked);
    }
}
