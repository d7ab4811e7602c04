package org.cxworkbench.ui.imports.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Fills a plain table with headers and rows of text, as the pages' previews show them. */
final class PreviewTables {

    private static final int MAX_WIDTH = 260;

    private PreviewTables() {
    }

    static void fill(Table table, List<String> headers, List<List<String>> rows) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (String header : headers) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(header);
            }
            for (List<String> row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                for (int i = 0; i < row.size() && i < headers.size(); i++) {
                    item.setText(i, row.get(i) == null ? "" : row.get(i));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
                if (column.getWidth() > MAX_WIDTH) {
                    column.setWidth(MAX_WIDTH);
                }
            }
        } finally {
            table.setRedraw(true);
        }
    }
}
