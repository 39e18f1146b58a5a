package org.branchledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.branchledger.roster.RosterLedger;
import org.junit.jupiter.api.Test;

/**
 * A column asked to keep some ems on one line gets that width even in the roster's crowded table, where the
 * weights alone leave it no wider than its header (the 所在党支部 of the township's roster, issue 20).
 */
class OneLineColumnTest {
    private static final String LONG = "城关镇红旗村第一党支部（示范）";

    private static TableSection roster(Column branch, String name) {
        List<Column> columns = new ArrayList<>(RosterLedger.columns());
        columns.add(1, branch);
        List<String> row = List.of("1", name, "胡德生", "男", "汉族", "1984.12", "小学", "2017.12", "2018.12", "正式党员",
                "农牧渔民", "村党支部书记", "137****1185", "110108********2939", "支部书记");
        return new TableSection(null, columns, List.of(row));
    }

    @Test
    void aBranchNameOfEightCharactersStaysOnOneLineAndALongerOneWrapsAtThatWidth() throws Exception {
        LedgerFonts fonts = LedgerFonts.load();
        float width = PageGeometry.LANDSCAPE.textWidth();
        TableSection plain = roster(new Column("所在党支部", 3.0f, Align.LEFT), LONG);
        TableSection kept = roster(new Column("所在党支部", 3.0f, Align.LEFT, 8f), LONG);
        float size = TableLayout.fontSize(kept);

        float before = TableLayout.columnWidths(plain, fonts, width)[1];
        float after = TableLayout.columnWidths(kept, fonts, width)[1];
        assertThat(after).isGreaterThanOrEqualTo(8 * size + 2 * TableLayout.PAD_X).isGreaterThan(before);

        TableSection eight = roster(new Column("所在党支部", 3.0f, Align.LEFT, 8f), "红旗村第一党支部");
        TableLayout layout = TableLayout.of(eight, fonts, 0, width);
        assertThat(layout.rows().get(0).cells().get(1)).containsExactly("红旗村第一党支部");
        assertThat(TableLayout.of(kept, fonts, 0, width).rows().get(0).cells().get(1)).hasSize(2);
    }

    @Test
    void anOverFullTableKeepsItsNumbersWholeAndWrapsShortValuesFirst() throws Exception {
        LedgerFonts fonts = LedgerFonts.load();
        float width = PageGeometry.LANDSCAPE.textWidth();
        List<Column> columns = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 0; c < 14; c++) {
            columns.add(new Column("类别", 1f, Align.LEFT));
            row.add("离退休人员");
        }
        columns.add(new Column("公民身份号码", 1f, Align.CENTER));
        row.add("110108198403120517");
        TableSection table = new TableSection(null, columns, List.of(row));
        float least = 0;
        for (float w : TableLayout.minWidths(table, fonts)) {
            least += w;
        }
        assertThat(least).as("the comfortable widths do not fit").isGreaterThan(width);

        float[] widths = TableLayout.columnWidths(table, fonts, width);
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        assertThat(sum).isCloseTo(width, org.assertj.core.data.Offset.offset(0.5f));
        TableLayout layout = TableLayout.of(table, fonts, 0, width);
        assertThat(layout.rows().get(0).cells().get(14)).as("the ID number unbroken").containsExactly("110108198403120517");
        assertThat(layout.rows().get(0).cells().get(0)).as("a short value wraps instead").hasSize(2);
    }

    @Test
    void aNegativeOneLineWidthIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Column("x", 1f, Align.LEFT, -1f))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
