package org.branchledger.pledge;

import org.branchledger.core.text.Labelled;

/** 评诺: whether a pledge was kept. */
public enum Verdict implements Labelled {
    KEPT("已兑现"), PARTLY_KEPT("部分兑现"), NOT_KEPT("未兑现");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it must be explained publicly (部分兑现 and 未兑现). */
    public boolean needsExplanation() {
        return this != KEPT;
    }

    public static Verdict ofLabel(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Verdict exact = Labelled.find(values(), t);
        if (exact != null) {
            return exact;
        }
        return switch (t) {
            case "兑现", "已完成", "完成" -> KEPT;
            case "部分完成", "基本兑现" -> PARTLY_KEPT;
            case "未完成", "没有兑现" -> NOT_KEPT;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
