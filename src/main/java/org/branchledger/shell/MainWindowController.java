package org.branchledger.shell;

import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.FontSize;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.branchledger.appraisal.AppraisalController;
import org.branchledger.core.branch.Branch;
import org.branchledger.branch.BranchActions;
import org.branchledger.branch.BranchCell;
import org.branchledger.branch.BranchService;
import org.branchledger.core.db.DataFolder;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Views;
import org.branchledger.home.HomeController;
import org.branchledger.ledger.LedgersController;
import org.branchledger.notes.NotesController;
import org.branchledger.roster.RosterController;
import org.branchledger.settings.SettingsController;
import org.branchledger.settings.SettingsService;
import org.branchledger.study.StudyController;

/** The frame: navigation, branch and year selectors, the page area and the status line. */
public final class MainWindowController {
    private static final String TOWNSHIP = "township";
    private static final Map<String, Class<?>> PAGES = Map.of(
            "home", HomeController.class, "roster", RosterController.class, "ledgers", LedgersController.class,
            "settings", SettingsController.class, "study", StudyController.class, "notes", NotesController.class,
            "pledges", org.branchledger.pledge.PledgesController.class,
            "appraisal", AppraisalController.class, TOWNSHIP, org.branchledger.township.OverviewController.class);

    private final BranchService branches;
    private final SettingsService settings;
    private final Selection selection;
    private final java.util.concurrent.CompletableFuture<?> databaseReady;
    private final Views views;
    private final Tasks tasks;
    private final WelcomeFlow welcome;
    private final DataFolder folder;
    private final Map<String, Node> loaded = new HashMap<>();
    private final BranchActions branchActions;
    private final java.time.Clock clock;
    private final org.branchledger.township.PackageFlows packageFlows;
    private final java.util.function.Supplier<Map<Long, java.time.LocalDateTime>> reported;
    private final java.util.Optional<org.branchledger.core.db.ServerChoice> server;
    private BranchSelector selector;

    @FXML private BorderPane root;
    @FXML private VBox navigation;
    @FXML private ToggleGroup pages;
    @FXML private ComboBox<Branch> branchBox;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private MenuButton branchMenu;
    @FXML private MenuItem editBranchItem;
    @FXML private MenuItem deleteBranchItem;
    @FXML private MenuItem exportPackageItem;
    @FXML private Label readOnlyBanner;
    @FXML private StackPane content;
    @FXML private Label status;

    MainWindowController(BranchService branches, SettingsService settings, Selection selection, Views views,
                         Tasks tasks, WelcomeFlow welcome, DataFolder folder,
                         java.util.concurrent.CompletableFuture<?> databaseReady, BranchActions branchActions,
                         java.time.Clock clock, org.branchledger.township.PackageFlows packageFlows,
                         java.util.function.Supplier<Map<Long, java.time.LocalDateTime>> reported,
                         java.util.Optional<org.branchledger.core.db.ServerChoice> server) {
        this.server = server;
        this.clock = clock;
        this.packageFlows = packageFlows;
        this.reported = reported;
        this.databaseReady = databaseReady;
        this.branchActions = branchActions;
        this.branches = branches;
        this.settings = settings;
        this.selection = selection;
        this.views = views;
        this.tasks = tasks;
        this.welcome = welcome;
        this.folder = folder;
    }

    @FXML
    private void initialize() {
        selector = new BranchSelector(branchBox, selection);
        branchBox.setCellFactory(list -> new BranchCell());
        branchBox.setButtonCell(new BranchCell());
        branchMenu.disableProperty().bind(selection.loaded().not());
        deleteBranchItem.disableProperty().bind(selection.branch().isNull());
        selection.branch().addListener((obs, old, b) -> showReadOnly());
        selection.allBranches().addListener((obs, old, all) -> {
            navigation.getStyleClass().remove("all-branches");
            if (all) {
                navigation.getStyleClass().add("all-branches");
            }
            showReadOnly();
            show(all ? TOWNSHIP : (String) pages.getSelectedToggle().getUserData());
        });
        selection.pageWanted().addListener((obs, old, page) -> {
            if (page != null) {
                selection.pageWanted().set(null);
                openPage(page);
            }
        });
        selection.revision().addListener((obs, old, now) -> tasks.run(reported::get).onSuccess(map -> {
            selector.received(map);
            showReadOnly();
        }).start());
        selection.branch().addListener((obs, old, b) -> deleteBranchItem.setText(Messages.get(
                b != null && b.demo() ? "branch.info.deleteDemo" : "branch.info.delete")));
        int now = Year.now(clock).getValue();
        IntStream.rangeClosed(now - 6, now + 1).boxed().sorted((a, b) -> b - a).forEach(yearBox.getItems()::add);
        yearBox.valueProperty().bindBidirectional(selection.year());
        status.setText(server.map(s -> Messages.get("shell.status.server", s.address(), s.user(), folder.path()))
                .orElse(Messages.get("shell.status.folder", folder.path())));

        pages.selectedToggleProperty().addListener((obs, old, now2) -> {
            if (now2 == null) {
                pages.selectToggle(old); // one page is always shown
            } else if (selection.allBranches().get()) {
                selection.allBranches().set(false); // a page of the branch chosen: 全部支部 is left, the page shown
            } else {
                show((String) now2.getUserData());
            }
        });
        selection.fontSize().addListener((obs, old, size) -> applyFontSize());
        // Before the first frame, the size as last known (no database needed): the stored one, read with the
        // branch list, then normally changes nothing.
        selection.fontSize().set(settings.lastKnownFontSize());
        applyFontSize();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
        pages.selectToggle(pages.getToggles().get(0));
        // The frame may be up before the database is open (start-up): the branch list follows it, read the
        // moment the file is open (a task may be started from any thread; its result comes to the FX thread,
        // before the first frame when the file opened first).
        databaseReady.thenRun(() -> loadBranches(true));
    }

    @FXML
    private void newBranch() {
        branchActions.create();
    }

    @FXML
    private void receivePackage() {
        packageFlows.receive();
    }

    @FXML
    private void exportPackage() {
        packageFlows.export();
    }

    @FXML
    private void editBranch() {
        branchActions.edit();
    }

    @FXML
    private void deleteBranch() {
        Branch b = selection.branch().get();
        if (b != null) {
            tasks.run(() -> branches.overview().stream().filter(s -> s.branch().id().equals(b.id()))
                    .mapToInt(org.branchledger.branch.BranchSummary::currentMembers).findFirst().orElse(0))
                    .onSuccess(branchActions::delete).start();
        }
    }

    /** Ctrl+1 … Ctrl+8 switch pages, for users who prefer the keyboard. */
    private void installShortcuts() {
        for (int i = 0; i < pages.getToggles().size(); i++) {
            Toggle toggle = pages.getToggles().get(i);
            KeyCode digit = KeyCode.valueOf("DIGIT" + (i + 1));
            root.getScene().getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> pages.selectToggle(toggle));
        }
    }

    /** Opens the navigation's page {@code page} (asked by another page, e.g. a number of 全部支部). */
    private void openPage(String page) {
        for (Toggle t : pages.getToggles()) {
            if (page.equals(t.getUserData())) {
                if (pages.getSelectedToggle() == t) {
                    show(page);
                } else {
                    pages.selectToggle(t);
                }
            }
        }
    }

    /**
     * Received data is read-only here: one line saying so above the page, and the page's editing controls (those
     * inside a node of style class {@code edits}) disabled.
     */
    private void showReadOnly() {
        String reason = selector.readOnlyReason();
        readOnlyBanner.setText(reason == null ? "" : reason);
        readOnlyBanner.setVisible(reason != null);
        readOnlyBanner.setManaged(reason != null);
        content.getChildren().forEach(page -> page.lookupAll(".edits").forEach(n -> n.setDisable(reason != null)));
        editBranchItem.setDisable(selection.branch().get() == null || reason != null);
        exportPackageItem.setDisable(selection.branch().get() == null || reason != null); // the branch's to send
    }

    private void show(String page) {
        Node node = loaded.computeIfAbsent(page, key -> {
            Class<?> controller = PAGES.get(key);
            if (controller == null) {
                throw new IllegalArgumentException("no page " + key);
            }
            return views.load(controller);
        });
        content.getChildren().setAll(node);
        showReadOnly();
    }

    private void applyFontSize() {
        root.setStyle("-fx-font-size: " + selection.fontSize().get().pixels() + "px;");
    }

    /** Loads branches and the font size; on a first start with no branch, offers to create one. */
    private void loadBranches(boolean offerWelcome) {
        tasks.run(() -> new Startup(branches.all(), settings.fontSize(), reported.get())).onSuccess(startup -> {
            selection.fontSize().set(startup.fontSize());
            applyFontSize();
            selector.received(startup.reported());
            selection.branches().setAll(startup.branches());
            selection.loaded().set(true);
            org.branchledger.core.StartupTrace.mark("loaded");
            if (!startup.branches().isEmpty()) {
                selection.branch().set(startup.branches().get(0));
            } else if (offerWelcome) {
                whenShown(() -> welcome.offer(created -> {
                    selection.branches().add(created);
                    selection.branch().set(created);
                }));
            }
        }).start();
    }

    /**
     * Runs {@code action} once the window is on screen: at start-up the branch list may arrive before the
     * first frame, and the welcome dialog must not come up without the window behind it.
     */
    private void whenShown(Runnable action) {
        javafx.beans.value.ObservableValue<Boolean> showing = root.sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty).flatMap(javafx.stage.Window::showingProperty).orElse(false);
        if (showing.getValue()) {
            action.run();
            return;
        }
        showing.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    showing.removeListener(this);
                    javafx.application.Platform.runLater(action);
                }
            }
        });
    }

    private record Startup(java.util.List<Branch> branches, org.branchledger.core.ui.FontSize fontSize,
                           Map<Long, java.time.LocalDateTime> reported) {
    }
}
