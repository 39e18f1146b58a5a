package org.branchledger.roster;

import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.branchledger.core.i18n.Messages;
import org.branchledger.roster.RosterFilter.Standing;

/** The search box and the four column filters above the roster table, read as one {@link RosterFilter}. */
final class RosterFilterBar {
    private static final List<String> STATUSES = List.of("正常", "停止党籍");

    private final TextField search;
    private final ComboBox<String> type;
    private final ComboBox<String> category;
    private final ComboBox<String> status;
    private final ComboBox<Standing> standing;
    private final String any = Messages.get("roster.filter.any");

    RosterFilterBar(TextField search, ComboBox<String> type, ComboBox<String> category, ComboBox<String> status,
                    ComboBox<Standing> standing) {
        this.search = search;
        this.type = type;
        this.category = category;
        this.status = status;
        this.standing = standing;
        type.getItems().setAll(any, MemberType.FULL.label(), MemberType.PROBATIONARY.label());
        status.getItems().setAll(any);
        status.getItems().addAll(STATUSES);
        category.getItems().setAll(any);
        Stream.of(type, status, category).forEach(c -> c.getSelectionModel().selectFirst());
        standing.getItems().setAll(Standing.values());
        standing.setConverter(new StringConverter<>() {
            @Override
            public String toString(Standing s) {
                return s == null ? "" : Messages.get(s.messageKey());
            }

            @Override
            public Standing fromString(String s) {
                return null;
            }
        });
        standing.setValue(Standing.CURRENT);
    }

    /** Runs {@code action} whenever the search text or a filter changes. */
    void onChange(Runnable action) {
        Stream.<Observable>of(type.valueProperty(), status.valueProperty(), category.valueProperty(),
                standing.valueProperty(), search.textProperty()).forEach(p -> p.addListener(obs -> action.run()));
    }

    /** The filter the controls describe. */
    RosterFilter filter() {
        String t = chosen(type);
        return new RosterFilter(search.getText(), t == null ? null : MemberType.ofLabel(t), chosen(category),
                chosen(status), standing.getValue() == null ? Standing.CURRENT : standing.getValue());
    }

    /** Offers the 人员类别 the branch uses, keeping the one chosen if it is still there. */
    void categoriesOf(List<Member> members) {
        String before = category.getValue();
        List<String> found = members.stream().map(Member::category).filter(c -> c != null && !c.isBlank())
                .distinct().sorted().toList();
        category.getItems().setAll(any);
        category.getItems().addAll(found);
        category.setValue(found.contains(before) ? before : any);
    }

    private String chosen(ComboBox<String> box) {
        String v = box.getValue();
        return v == null || v.equals(any) ? null : v;
    }
}
