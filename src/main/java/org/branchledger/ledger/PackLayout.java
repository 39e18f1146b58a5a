package org.branchledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an inspection pack (督查材料包): a cover, a table of contents giving each ledger's first page, then
 * the ledgers, numbered as one document. The ledgers are laid out (and painted) one after the other; the cover
 * and contents come last, when the pages each ledger takes are known, and are put in front.
 */
final class PackLayout {
    private static final float COVER_TITLE_SIZE = 32f;
    private static final float COVER_INFO_SIZE = 15f;
    private static final float COVER_LIST_SIZE = 11.5f;

    private PackLayout() {
    }

    /** A ledger's pages in the pack; a ledger without a code of its own carries the pack's. */
    static List<LaidPage> body(PackCover cover, LedgerDocument ledger, LedgerFonts fonts) {
        Frame frame = Frame.of(ledger);
        if (frame.verificationCode() == null) {
            frame = new Frame(frame.kind(), frame.title(), frame.branchName(), frame.period(),
                    cover.verificationCode(), frame.signers());
        }
        return LedgerLayout.layout(ledger, fonts, frame);
    }

    /**
     * The cover and the contents, which give the page each ledger starts on, knowing how many pages each
     * ledger's body takes. The contents are laid out until their own length is stable.
     */
    static List<LaidPage> front(PackCover cover, List<LedgerDocument> ledgers, List<Integer> bodyPages,
                                LocalDate printedOn, LedgerFonts fonts) {
        List<LaidPage> contents = contents(cover, ledgers, null, fonts);
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Integer> starts = new ArrayList<>();
            int page = 2 + contents.size();
            for (int pages : bodyPages) {
                starts.add(page);
                page += pages;
            }
            List<LaidPage> numbered = contents(cover, ledgers, starts, fonts);
            boolean stable = numbered.size() == contents.size();
            contents = numbered;
            if (stable) {
                break;
            }
        }
        List<LaidPage> pages = new ArrayList<>();
        pages.add(coverPage(cover, ledgers, printedOn, fonts));
        pages.addAll(contents);
        return pages;
    }

    /** The contents as a table: 序号, 材料名称, 期间, 起始页 (with a wide placeholder until pages are known). */
    private static List<LaidPage> contents(PackCover cover, List<LedgerDocument> ledgers, List<Integer> starts,
                                           LedgerFonts fonts) {
        List<Column> columns = List.of(Column.center("序号", 0.9f), Column.of("材料名称", 6f),
                Column.center("期间", 3f), Column.center("起始页", 1.3f));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ledgers.size(); i++) {
            LedgerDocument ledger = ledgers.get(i);
            String page = starts == null ? "99999" : String.valueOf(starts.get(i));
            rows.add(List.of(String.valueOf(i + 1), ledger.title(), ledger.period(), page));
        }
        TableSection table = new TableSection(null, columns, rows).withMinRowHeight(24f);
        LedgerDocument doc = new LedgerDocument(Labels.CONTENTS, cover.branchName(), cover.period(),
                Orientation.PORTRAIT, List.of(table), cover.verificationCode());
        Frame frame = new Frame(Frame.Kind.CONTENTS, Labels.CONTENTS, cover.branchName(), cover.period(),
                cover.verificationCode());
        return LedgerLayout.layout(doc, fonts, frame);
    }

    private static LaidPage coverPage(PackCover cover, List<LedgerDocument> ledgers, LocalDate printedOn,
                                      LedgerFonts fonts) {
        PageGeometry g = PageGeometry.PORTRAIT;
        Frame frame = new Frame(Frame.Kind.COVER, cover.title(), cover.branchName(), cover.period(),
                cover.verificationCode());
        List<PageOp> ops = new ArrayList<>();
        String title = fonts.clean(cover.title()).replace('\n', ' ');
        float titleSize = PageFrame.fit(fonts, title, true, COVER_TITLE_SIZE, g.textWidth());
        float y = g.height() * 0.70f;
        ops.add(PageFrame.aligned(fonts, title, Align.CENTER, g.left(), g.right(), y, true, titleSize));
        y -= 26f;
        ops.add(new PageOp.Rule(g.centerX() - 130, y, g.centerX() + 130, y, 1.2f));
        ops.add(new PageOp.Rule(g.centerX() - 130, y - 3, g.centerX() + 130, y - 3, 0.5f));
        y -= 56f;
        for (String line : List.of(Labels.BRANCH + cover.branchName(), Labels.PERIOD + cover.period(),
                Labels.PRINTED + Labels.date(printedOn))) {
            String text = fonts.clean(line).replace('\n', ' ');
            float size = PageFrame.fit(fonts, text, false, COVER_INFO_SIZE, g.textWidth());
            ops.add(PageFrame.aligned(fonts, text, Align.CENTER, g.left(), g.right(), y, false, size));
            y -= 30f;
        }
        y = Math.min(y - 40f, g.height() * 0.40f);
        ops.add(PageFrame.aligned(fonts, "材料清单", Align.CENTER, g.left(), g.right(), y, true, 13f));
        y -= 30f;
        ops.addAll(list(ledgers, fonts, g, y, PageFrame.contentBottom(g, frame)));
        return new LaidPage(g, frame, ops);
    }

    /** The ledgers as a numbered list in a block centred on the page, cut short if the page runs out. */
    private static List<PageOp> list(List<LedgerDocument> ledgers, LedgerFonts fonts, PageGeometry g, float top,
                                     float bottom) {
        float leading = 21f;
        int room = Math.max(1, (int) ((top - bottom) / leading) + 1);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ledgers.size(); i++) {
            if (ledgers.size() > room && lines.size() == room - 1) {
                lines.add("…… 共 " + ledgers.size() + " 项，详见目录");
                break;
            }
            lines.add((i + 1) + ". " + fonts.clean(ledgers.get(i).title()).replace('\n', ' '));
        }
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, fonts.width(line, false, COVER_LIST_SIZE));
        }
        float width = Math.min(widest, g.textWidth());
        float x = g.centerX() - width / 2;
        List<PageOp> ops = new ArrayList<>();
        float y = top;
        for (String line : lines) {
            float size = PageFrame.fit(fonts, line, false, COVER_LIST_SIZE, g.textWidth());
            ops.add(new PageOp.Text(x, y, line, false, size));
            y -= leading;
        }
        return ops;
    }
}
