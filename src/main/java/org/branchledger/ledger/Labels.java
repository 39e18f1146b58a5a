package org.branchledger.ledger;

import java.time.LocalDate;

/** The fixed wording printed on every ledger, shared by the PDF and the .xlsx so both read the same. */
final class Labels {
    static final String BRANCH = "党支部：";
    static final String PERIOD = "期间：";
    static final String PRINTED = "打印日期：";
    static final String CODE = "校验码：";
    static final String FILLED_BY = "填表人：";
    static final String SECRETARY = "支部书记：";
    static final String DATE = "日期：";
    static final String BLANK = "________";
    static final String NONE = "（无）";
    static final String CONTENTS = "目录";

    private Labels() {
    }

    /** 2026年11月22日: how dates are written on Chinese office documents. */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 第 3 页 共 12 页 */
    static String pageOf(int page, int pages) {
        return "第 " + page + " 页 共 " + pages + " 页";
    }
}
