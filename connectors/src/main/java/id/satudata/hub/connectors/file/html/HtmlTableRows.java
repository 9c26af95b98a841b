package id.satudata.hub.connectors.file.html;

import id.satudata.hub.connectors.file.UnreadableFileException;
import id.satudata.hub.connectors.file.html.HtmlTokenizer.End;
import id.satudata.hub.connectors.file.html.HtmlTokenizer.Start;
import id.satudata.hub.connectors.file.html.HtmlTokenizer.Text;
import id.satudata.hub.connectors.file.html.HtmlTokenizer.Token;
import id.satudata.hub.connectors.file.table.NumberedRows;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rows of the first top-level table of an HTML document, as it renders (see {@link TableBuilder}), handed out
 * as soon as each top-level row is placed: only a top-level row and the tables nested in it are held in memory.
 * Missing end tags are implied as browsers imply them: a new cell ends the open cell, a new row the open row.
 */
final class HtmlTableRows implements NumberedRows {

    private final HtmlTokenizer tokens;
    private final String fileName;
    private final Deque<TableBuilder> open = new ArrayDeque<>();
    private final Deque<List<String>> ready = new ArrayDeque<>();
    private boolean seenTable;
    private boolean done;
    private long number;

    HtmlTableRows(HtmlTokenizer tokens, String fileName) {
        this.tokens = tokens;
        this.fileName = fileName;
    }

    /** The next row of the table, or {@code null} after its last; a document without a table is unreadable. */
    @Override
    public List<String> next() throws IOException {
        while (ready.isEmpty() && !done) {
            Token token = tokens.next();
            if (token == null) {
                done = true;
                open.clear();
            } else {
                accept(token);
            }
        }
        if (!seenTable) {
            throw new UnreadableFileException(fileName + " has no <table>");
        }
        List<String> row = ready.poll();
        number += row == null ? 0 : 1;
        return row;
    }

    @Override
    public long number() {
        return number;
    }

    private void accept(Token token) {
        TableBuilder table = open.peek();
        if (token instanceof Start start) {
            switch (start.name()) {
                case "table" -> {
                    seenTable = true;
                    open.push(new TableBuilder());
                }
                case "tr" -> whenOpen(table, TableBuilder::startRow);
                case "td", "th" -> {
                    if (table != null) {
                        table.startCell(span(start.attributes(), "rowspan"), span(start.attributes(), "colspan"));
                    }
                }
                case "br", "p", "div" -> appendText(table, " ");
                default -> {}
            }
        } else if (token instanceof End end) {
            switch (end.name()) {
                case "td", "th" -> whenOpen(table, TableBuilder::endCell);
                case "tr" -> {
                    whenOpen(table, TableBuilder::endRow);
                    handOut();
                }
                case "table" -> endTable();
                default -> {}
            }
        } else if (token instanceof Text text) {
            appendText(table, text.text());
        }
    }

    private void endTable() {
        TableBuilder table = open.poll();
        if (table == null) {
            return;
        }
        table.endRow();
        TableBuilder parent = open.peek();
        if (parent == null) {
            ready.addAll(table.grid.takeRowsBefore(table.grid.height()));
            done = true;
        } else if (parent.cell() != null) {
            parent.cell().tables.add(table.grid);
        } else {
            parent.stack(table.grid);
            handOut();
        }
    }

    /** Hands out the rows of the top-level table that no later cell can change. */
    private void handOut() {
        if (open.size() == 1) {
            TableBuilder top = open.peek();
            ready.addAll(top.grid.takeRowsBefore(top.finishedRows()));
        }
    }

    private static void appendText(TableBuilder table, String text) {
        if (table != null && table.cell() != null) {
            table.cell().text.append(text);
        }
    }

    private static void whenOpen(TableBuilder table, Consumer<TableBuilder> action) {
        if (table != null) {
            action.accept(table);
        }
    }

    private static int span(Map<String, String> attributes, String name) {
        try {
            int span = Integer.parseInt(attributes.getOrDefault(name, "1").trim());
            return Math.max(1, Math.min(span, 1000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
