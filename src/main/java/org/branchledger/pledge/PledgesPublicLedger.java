package org.branchledger.pledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.NoticePeriod;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;
import org.jooq.DSLContext;

/**
 * 公开承诺公示表 (DOMAIN.md §6), posted on the notice board: who pledges (a name or 支部), the post, the
 * pledge and its deadline; then how pledges that were not kept are explained. No personal data: no ID
 * numbers, phones or addresses.
 *
 * <p>Printed for a 公示期, it lists what is published now: the pledges it publishes (printing it records their
 * 示诺 on the first day, in the print's transaction) and those already published during it; never a pledge
 * not published then. In the pack, with no 公示期, it is the record of what the year's notices published, each
 * pledge with its 公示日期.
 */
public final class PledgesPublicLedger implements LedgerKind {
    private final PledgeService pledges;

    public PledgesPublicLedger(PledgeService pledges) {
        this.pledges = pledges;
    }

    @Override
    public String name() {
        return "pledges-public";
    }

    @Override
    public String title() {
        return "公开承诺公示表";
    }

    @Override
    public boolean isPublic() {
        return true;
    }

    @Override
    public boolean needsNotice() {
        return true;
    }

    @Override
    public Optional<String> notReady(LedgerRequest request) {
        NoticePeriod notice = request.notice();
        if (notice == null) {
            return Optional.of("公开承诺公示表需要公示期(命令行: --from 日期 --to 日期)");
        }
        if (notice.from().getYear() != request.year()) {
            return Optional.of("公示期从 " + NoticePeriod.format(notice.from()) + " 开始，不在 " + request.year()
                    + " 年度(承诺按公示日期计入年度)。请选 " + notice.from().getYear() + " 年度，或把公示期定在 "
                    + request.year() + " 年内。");
        }
        if (listed(request).isEmpty()) {
            return Optional.of(request.branch().name() + " " + request.year() + " 年度没有可以在 "
                    + NoticePeriod.format(notice.from()) + " 公示的承诺。承诺都已公示过，或还没有完成时限，"
                    + "或是在这一天以后才作出的。");
        }
        return Optional.empty();
    }

    @Override
    public void printed(DSLContext tx, LedgerRequest request) {
        if (request.notice() != null) {
            pledges.publishForNotice(tx, request.branch().id(), request.year(), request.notice().from());
        }
    }

    private List<PledgeView> listed(LedgerRequest request) {
        NoticePeriod notice = request.notice();
        return notice == null ? pledges.publishedViews(request.branch().id(), request.year(), request.asOf())
                : pledges.noticeViews(request.branch().id(), request.year(), notice.from(), notice.to(),
                        request.asOf());
    }

    @Override
    public LedgerDocument build(LedgerRequest request) {
        NoticePeriod notice = request.notice();
        boolean record = notice == null;
        List<Column> columns = new ArrayList<>(List.of(Column.center("序号", 0.6f), Column.center("承诺人", 1.3f),
                Column.center("岗位", 1.6f), Column.center("类别", 1.3f), Column.of("承诺事项", 6.5f),
                Column.center("完成时限", 1.6f)));
        if (record) {
            columns.add(Column.center("公示日期", 1.6f));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PledgeView v : listed(request)) {
            Pledge p = v.pledge();
            List<String> row = new ArrayList<>(Arrays.asList(String.valueOf(rows.size() + 1), v.who(),
                    p.post() == null ? "" : p.post(), p.category().label(), p.content(),
                    p.deadline() == null ? "" : NoticePeriod.format(p.deadline())));
            if (record) {
                row.add(NoticePeriod.format(p.publishedOn()));
            }
            rows.add(row);
        }
        List<List<String>> explained = new ArrayList<>();
        for (PledgeView v : pledges.views(request.branch().id(), request.year(), request.asOf())) {
            Pledge p = v.pledge();
            if (p.verdict() != null && p.verdict().needsExplanation()) {
                explained.add(Arrays.asList(String.valueOf(explained.size() + 1), v.who(), p.content(),
                        p.verdict().label(), p.explanation() == null ? "(尚未说明)" : p.explanation()));
            }
        }
        List<Section> sections = new ArrayList<>();
        if (record && rows.isEmpty()) {
            sections.add(TextSection.of("本年度尚未公示承诺。"));
        } else {
            sections.add(new TableSection(null, columns, rows));
        }
        if (!explained.isEmpty()) {
            sections.add(new TableSection("未兑现、部分兑现承诺情况说明", List.of(Column.center("序号", 0.6f),
                    Column.center("承诺人", 1.3f), Column.of("承诺事项", 4.5f), Column.center("评诺结果", 1.3f),
                    Column.of("情况说明", 5f)), explained));
        }
        String phone = request.branch().phone();
        String period = record ? "以上为本年度已公示的承诺，各项的公示日期见表中。" : "公示期: " + notice.text();
        sections.add(new TextSection(List.of(period,
                "监督电话: " + (phone == null || phone.isBlank() ? "________" : phone),
                "欢迎广大党员群众对承诺事项的落实情况进行监督。")));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }
}
