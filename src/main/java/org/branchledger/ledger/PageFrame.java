package org.branchledger.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The head and foot every page repeats: title, branch and period at the top; signature lines (填表人 / 支部书记 /
 * 日期), page number, printing date and verification code at the bottom.
 */
final class PageFrame {
    static final float TITLE_SIZE = 18f;
    static final float INFO_SIZE = 10.5f;
    static final float SIGN_SIZE = 10.5f;
    static final float FOOT_SIZE = 9f;
    private static final float MIN_SIZE = 7f;

    private PageFrame() {
    }

    /** Where the body may start, below the running head. */
    static float contentTop(PageGeometry g, Frame f) {
        return f.runningHead() ? infoBaseline(g) - 12f : g.top();
    }

    /** Where the body must stop, above the signature lines and the footer. */
    static float contentBottom(PageGeometry g, Frame f) {
        return f.signatures() ? signatureBaseline(g) + SIGN_SIZE + 16f : footerBaseline(g) + FOOT_SIZE + 16f;
    }

    private static float titleBaseline(PageGeometry g) {
        return g.top() - TITLE_SIZE * 0.88f;
    }

    private static float infoBaseline(PageGeometry g) {
        return titleBaseline(g) - 26f;
    }

    private static float footerBaseline(PageGeometry g) {
        return g.bottom() + 2f;
    }

    private static float signatureBaseline(PageGeometry g) {
        return footerBaseline(g) + 26f;
    }

    static List<PageOp> ops(PageGeometry g, Frame f, int page, int pages, LocalDate printedOn, LedgerFonts fonts) {
        List<PageOp> ops = new ArrayList<>();
        if (f.runningHead()) {
            String title = fonts.clean(f.title()).replace('\n', ' ');
            float size = fit(fonts, title, true, TITLE_SIZE, g.textWidth());
            ops.add(aligned(fonts, title, Align.CENTER, g.left(), g.right(), titleBaseline(g), true, size));
            String branch = fonts.clean(Labels.BRANCH + f.branchName()).replace('\n', ' ');
            String period = fonts.clean(Labels.PERIOD + f.period()).replace('\n', ' ');
            ops.addAll(spread(fonts, branch, null, period, g, infoBaseline(g), INFO_SIZE));
        }
        if (f.signatures()) {
            signatures(ops, g, fonts, f.signers());
        }
        String printed = Labels.PRINTED + Labels.date(printedOn);
        String code = f.verificationCode() == null ? null : fonts.clean(Labels.CODE + f.verificationCode());
        ops.addAll(spread(fonts, printed, Labels.pageOf(page, pages), code, g, footerBaseline(g), FOOT_SIZE));
        return ops;
    }

    /** 填表人: ____  支部书记: ____  日期: ____ (or the township's), with drawn lines to sign on. */
    private static void signatures(List<PageOp> ops, PageGeometry g, LedgerFonts fonts, Signatures who) {
        String[] labels = who.labels().stream().map(String::strip).toArray(String[]::new);
        float blank = g.landscape() ? 120f : 92f;
        float gap = 4f;
        float y = signatureBaseline(g);
        for (int i = 0; i < labels.length; i++) {
            float groupWidth = fonts.width(labels[i], false, SIGN_SIZE) + gap + blank;
            float x = switch (i) {
                case 0 -> g.left();
                case 1 -> g.centerX() - groupWidth / 2;
                default -> g.right() - groupWidth;
            };
            ops.add(new PageOp.Text(x, y, labels[i], false, SIGN_SIZE));
            float lineStart = x + groupWidth - blank;
            ops.add(new PageOp.Rule(lineStart, y - 2.5f, lineStart + blank, y - 2.5f, 0.6f));
        }
    }

    /** Up to three pieces of text on one line: flush left, centred and flush right, shrunk until none touch. */
    private static List<PageOp> spread(LedgerFonts fonts, String left, String center, String right,
                                       PageGeometry g, float y, float size) {
        float s = size;
        while (s > MIN_SIZE && !fitsSpread(fonts, left, center, right, g.textWidth(), s)) {
            s -= 0.5f;
        }
        List<PageOp> ops = new ArrayList<>();
        if (left != null) {
            ops.add(aligned(fonts, left, Align.LEFT, g.left(), g.right(), y, false, s));
        }
        if (center != null) {
            ops.add(aligned(fonts, center, Align.CENTER, g.left(), g.right(), y, false, s));
        }
        if (right != null) {
            ops.add(aligned(fonts, right, Align.RIGHT, g.left(), g.right(), y, false, s));
        }
        return ops;
    }

    private static boolean fitsSpread(LedgerFonts fonts, String left, String center, String right,
                                      float width, float size) {
        float gap = 2 * size;
        float l = left == null ? 0 : fonts.width(left, false, size);
        float r = right == null ? 0 : fonts.width(right, false, size);
        if (center == null) {
            return l + r + gap <= width;
        }
        float halfCenter = fonts.width(center, false, size) / 2;
        return l + gap + halfCenter <= width / 2 && r + gap + halfCenter <= width / 2;
    }

    /** The largest size up to {@code size} at which the text fits the width. */
    static float fit(LedgerFonts fonts, String text, boolean bold, float size, float width) {
        float s = size;
        while (s > MIN_SIZE && fonts.width(text, bold, s) > width) {
            s -= 0.5f;
        }
        return s;
    }

    static PageOp.Text aligned(LedgerFonts fonts, String text, Align align, float left, float right, float y,
                               boolean bold, float size) {
        float w = fonts.width(text, bold, size);
        float x = switch (align) {
            case LEFT -> left;
            case CENTER -> (left + right - w) / 2;
            case RIGHT -> right - w;
        };
        return new PageOp.Text(x, y, text, bold, size);
    }
}
