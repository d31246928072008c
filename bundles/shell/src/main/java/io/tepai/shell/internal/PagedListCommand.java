package io.tepai.shell.internal;

import io.tepai.api.Page;
import io.tepai.api.PageRequest;
import org.apache.karaf.shell.api.action.Option;

/**
 * Base of the commands that list one page of something: the {@code --page} and {@code --size} options, a table with
 * a row per item, and the footer {@code Page X of Y (N things)}, which is also what an empty page says
 * ({@code (0 things)}). A command says how it fetches its page, its columns and the cells of a row.
 *
 * @param <T> what is listed
 */
abstract class PagedListCommand<T> extends TepaiAction {

    @Option(name = "--page", aliases = "-p", description = "Page number, from 1")
    int page = 1;

    @Option(name = "--size", aliases = "-n", description = "Rows per page, 1 to " + PageRequest.MAX_SIZE)
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    final void run() {
        Page<T> result = fetch();
        Table table = new Table();
        columns(table);
        for (T item : result.items()) {
            table.addRow().addContent(cells(item));
        }
        table.print(System.out);
        System.out.println(footer(result));
    }

    /** The page the options ask for; a command checks its own options first, then asks for it. */
    final PageRequest pageRequest() {
        return new PageRequest(page, size);
    }

    /** Checks the options and fetches the page ({@link #pageRequest()}). */
    abstract Page<T> fetch();

    abstract void columns(Table table);

    /** One row's cells, in the order of the columns. */
    abstract Object[] cells(T item);

    /** What one item is called in the footer, singular ("log"); an {@code s} makes the plural. */
    abstract String noun();

    String footer(Page<T> result) {
        return Formats.footer(result, noun());
    }
}
