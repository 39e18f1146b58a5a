package org.branchledger.core.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.ui.FontSize;

/** What the window is looking at: which branch and which year, and how large the text is. */
public final class Selection {
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<FontSize> fontSize = new SimpleObjectProperty<>(FontSize.NORMAL);
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final BooleanProperty allBranches = new SimpleBooleanProperty();
    private final ObjectProperty<String> pageWanted = new SimpleObjectProperty<>();

    /** Looking at {@code year} first (this year, as the app's clock says). */
    public Selection(int year) {
        this.year = new SimpleObjectProperty<>(year);
    }

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

    /** Goes up whenever a screen changed the branch's data, so other screens refresh what they show. */
    public IntegerProperty revision() {
        return revision;
    }

    /** Tells every screen that the data changed. */
    public void dataChanged() {
        revision.set(revision.get() + 1);
    }

    /** Runs {@code reload} whenever the branch, the year or the data change: what every page listens to. */
    public void onChange(Runnable reload) {
        branch.addListener((obs, old, now) -> reload.run());
        year.addListener((obs, old, now) -> reload.run());
        revision.addListener((obs, old, now) -> reload.run());
    }

    /** 全部支部 chosen in the branch selector: the township's overview is shown instead of one branch's pages. */
    public BooleanProperty allBranches() {
        return allBranches;
    }

    /** A page some screen asked the frame to open (a navigation key such as {@code roster}); the frame clears it. */
    public ObjectProperty<String> pageWanted() {
        return pageWanted;
    }

    /** Leaves 全部支部 for {@code branch} and opens its page {@code page} (a navigation key). */
    public void openBranchPage(Branch branch, String page) {
        this.branch.set(branch);
        allBranches.set(false);
        pageWanted.set(page);
    }

    /** True once the branches and settings are loaded: the window is usable. */
    public BooleanProperty loaded() {
        return loaded;
    }
}
