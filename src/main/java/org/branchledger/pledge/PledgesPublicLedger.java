package org.branchledger.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.branchledger.ledger.Column;
import org.branchledger.ledger.LedgerDocument;
import org.branchledger.ledger.LedgerKind;
import org.branchledger.ledger.LedgerRequest;
import org.branchledger.ledger.LedgerService;
import org.branchledger.ledger.Orientation;
import org.branchledger.ledger.Section;
import org.branchledger.ledger.TableSection;
import org.branchledger.ledger.TextSection;

/**
 * 公开承诺公示表 (DOMAIN.md §6), posted on the notice board: who pledges (a name or 支部), the post, the
 * pledge and its deadline; then how pledges that were not kept are explained. No personal data: no ID
 * numbers, phones or addresses. The year's pledges that can be published (those with a deadline).
 */
public final class PledgesPublicLedger implements LedgerKind {
    /** The shortest time a notice stays up. */
    static final int NOTICE_DAYS = 7;

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
    public LedgerDocument build(LedgerRequest request) {
        List<PledgeView> views = pledges.views(request.branch().id(), request.year(), request.asOf()).stream()
                .filter(v -> v.pledge().deadline() != null).toList();
        List<Column> columns = List.of(Column.center("序号", 0.6f), Column.center("承诺人", 1.3f),
                Column.center("岗位", 1.6f), Column.center("类别", 1.3f), Column.of("承诺事项", 6.5f),
                Column.center("完成时限", 1.4f));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> explained = new ArrayList<>();
        LocalDate firstShown = null;
        for (PledgeView v : views) {
            Pledge p = v.pledge();
            rows.add(Arrays.asList(String.valueOf(rows.size() + 1), v.who(), p.post() == null ? "" : p.post(),
                    p.category().label(), p.content(), p.deadline().toString()));
            if (p.publishedOn() != null && (firstShown == null || p.publishedOn().isBefore(firstShown))) {
                firstShown = p.publishedOn();
            }
            if (p.verdict() != null && p.verdict().needsExplanation()) {
                explained.add(Arrays.asList(String.valueOf(explained.size() + 1), v.who(), p.content(),
                        p.verdict().label(), p.explanation() == null ? "(尚未说明)" : p.explanation()));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new TableSection(null, columns, rows));
        if (!explained.isEmpty()) {
            sections.add(new TableSection("未兑现、部分兑现承诺情况说明", List.of(Column.center("序号", 0.6f),
                    Column.center("承诺人", 1.3f), Column.of("承诺事项", 4.5f), Column.center("评诺结果", 1.3f),
                    Column.of("情况说明", 5f)), explained));
        }
        String phone = request.branch().phone();
        String period = firstShown == null ? "公示期: ____年__月__日 至 ____年__月__日"
                : "公示期: " + cn(firstShown) + " 至 " + cn(firstShown.plusDays(NOTICE_DAYS - 1));
        sections.add(new TextSection(List.of(period,
                "监督电话: " + (phone == null || phone.isBlank() ? "________" : phone),
                "欢迎广大党员群众对承诺事项的落实情况进行监督。")));
        return new LedgerDocument(title(), request.branch().name(), LedgerService.period(request.year()),
                Orientation.LANDSCAPE, sections, null);
    }

    private static String cn(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
