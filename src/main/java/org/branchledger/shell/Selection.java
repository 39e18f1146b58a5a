package org.branchledger.shell;

import java.time.Year;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.branch.Branch;
import org.branchledger.settings.FontSize;

/** What the window is looking at: which branch and which year, and how large the text is. */
public final class Selection {
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(Year.now().getValue());
    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(FontSize.NORMAL);

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObjectProperty<Branch> branch() {
        return branch;
    }

    public ObjectProperty<Integer> year() {
        return year;
    }

    public ObjectProperty<FontSize> fontSize() {
        return fontSize;
    }
}
