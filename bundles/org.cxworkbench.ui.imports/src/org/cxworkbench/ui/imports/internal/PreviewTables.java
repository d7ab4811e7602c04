package org.cxworkbench.ui.imports.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Fills a plain table with headers and rows of text, as the pages' previews show them. Column widths are measured
 * from the texts rather than packed, because a table on a page that is not shown yet packs to nothing on GTK.
 */
final class PreviewTables {

    private static final int MAX_WIDTH = 320;
    private static final int PADDING = 24;

    private PreviewTables() {
    }

    static void fill(Table table, List<String> headers, List<List<String>> rows) {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        int[] widths = new int[headers.size()];
        GC gc = new GC(table);
        try {
            for (int i = 0; i < headers.size(); i++) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(headers.get(i));
                widths[i] = gc.textExtent(headers.get(i)).x + PADDING;
            }
            for (List<String> row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int i = 0; i < row.size() && i < headers.size(); i++) {
                    String text = row.get(i) == null ? "" : row.get(i);
                    item.setText(i, text);
                    widths[i] = Math.max(widths[i], gc.textExtent(text).x + PADDING);
                }
            }
        } finally {
            gc.dispose();
        }
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i].setWidth(Math.min(MAX_WIDTH, widths[i]));
        }
    }
}
