package org.branchledger.roster;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A drop-down of members shown by name, twelve rows at a time: the member field of every form. */
public final class MemberChooser {
    private MemberChooser() {
    }

    public static ComboBox<Member> of(List<Member> members, String id) {
        ComboBox<Member> box = new ComboBox<>(FXCollections.observableArrayList(members));
        box.setId(id);
        box.setVisibleRowCount(12);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) {
                return m == null ? "" : m.name();
            }

            @Override
            public Member fromString(String s) {
                return members.stream().filter(m -> m.name().equals(s)).findFirst().orElse(null);
            }
        });
        return box;
    }
}
