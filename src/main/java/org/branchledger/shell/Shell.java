package org.branchledger.shell;

import org.branchledger.core.ui.Selection;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.branchledger.App;
import org.branchledger.appraisal.AppraisalController;
import org.branchledger.branch.BranchActions;
import org.branchledger.branch.BranchInfoController;
import org.branchledger.core.ui.ControllerFactory;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.FxFileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Views;
import org.branchledger.home.DashboardService;
import org.branchledger.home.HomeController;
import org.branchledger.ledger.LedgersController;
import org.branchledger.notes.NotesController;
import org.branchledger.roster.RosterController;
import org.branchledger.roster.RosterFileActions;
import org.branchledger.roster.RosterFiles;
import org.branchledger.roster.RosterImportWizardController;
import org.branchledger.settings.SettingsController;
import org.branchledger.auditlog.AuditLogController;
import org.branchledger.safety.SafetyController;
import org.branchledger.study.SigninSheet;
import org.branchledger.study.StudyController;
import org.branchledger.study.StudyFiles;
import org.branchledger.study.StudyImportController;

/** Wires the window's controllers to the services of the app: the one controller factory. */
public final class Shell {
    private final Parent root;
    private final Selection selection;
    private final DataSwitch data;

    public Shell(App app, Tasks tasks, Dialogs dialogs, Window owner) {
        this(app, tasks, dialogs, owner, new FxFileChooser());
    }

    public Shell(App app, Tasks tasks, Dialogs dialogs, Window owner, FileChooser files) {
        this(app, tasks, dialogs, owner, files, java.util.concurrent.CompletableFuture.completedFuture(null));
    }

    /**
     * The window of an app whose database may still be opening: the frame is built now, the branch list
     * is read once {@code databaseReady} completes (never, if it fails: the caller reports that).
     */
    public Shell(App app, Tasks tasks, Dialogs dialogs, Window owner, FileChooser files,
                 java.util.concurrent.CompletableFuture<?> databaseReady) {
        this(new DataSwitch[1], app, tasks, dialogs, owner, files, databaseReady);
    }

    /** {@code data[0]}: the window's open data, made here for a new window and kept when it is rebuilt. */
    private Shell(DataSwitch[] data, App app, Tasks tasks, Dialogs dialogs, Window owner, FileChooser files,
                  java.util.concurrent.CompletableFuture<?> databaseReady) {
        if (data[0] == null) {
            data[0] = new DataSwitch(app, moved -> () -> reload(data, moved, tasks, dialogs, owner, files));
        }
        this.data = data[0];
        java.time.Clock clock = app.todayClock(); // "today" for every page, form and dialog
        this.selection = new Selection(java.time.Year.now(clock).getValue());
        ControllerFactory controllers = new ControllerFactory();
        Views views = new Views(controllers);
        RosterFileActions rosterFiles = new RosterFiles(views, app.roster(), tasks, dialogs, files);
        WelcomeFlow welcome = new WelcomeFlow(app.branches(), app.demo(), tasks, owner, clock);
        BranchActions branchActions = new BranchActions(app.branches(), app.branchRemoval(), selection, tasks, dialogs,
                owner, clock);
        org.branchledger.township.PackageFlows packageFlows = new org.branchledger.township.PackageFlows(
                app.township(), app.branches(), selection, tasks, files, owner, clock);
        controllers
                .register(MainWindowController.class,
                        () -> new MainWindowController(app.branches(), app.settings(), selection, views, tasks,
                                welcome, app.folder(), databaseReady, branchActions, clock, packageFlows,
                                () -> app.township().overview().reported(), app.server()))
                .register(org.branchledger.township.OverviewController.class,
                        () -> new org.branchledger.township.OverviewController(app.township().overview(), packageFlows,
                                selection, tasks))
                .register(BranchInfoController.class,
                        () -> new BranchInfoController(app.branches(), branchActions, selection, tasks,
                                packageFlows::export))
                .register(HomeController.class, () -> new HomeController(
                        new DashboardService(app.roster(), app.study(), app.pledges(), clock), selection, tasks))
                .register(RosterController.class,
                        () -> new RosterController(app.roster(), selection, tasks, rosterFiles, dialogs))
                .register(RosterImportWizardController.class,
                        () -> new RosterImportWizardController(app.rosterImport(), tasks, files, dialogs))
                .register(LedgersController.class,
                        () -> new LedgersController(app.ledgers(), selection, tasks, dialogs, files, clock))
                .register(StudyController.class,
                        () -> new StudyController(app.study(), app.roster(), selection, tasks, dialogs,
                                new StudyFiles(views), new SigninSheet(app.ledgers()), files, clock))
                .register(StudyImportController.class,
                        () -> new StudyImportController(app.studyImport(), tasks, files))
                .register(org.branchledger.pledge.PledgesController.class, () -> new org.branchledger.pledge.PledgesController(
                        app.pledges(), app.roster(), selection, tasks, dialogs))
                .register(NotesController.class, () -> new NotesController(app.notes(), selection, tasks, dialogs, files,
                        app.pages(), clock))
                .register(AppraisalController.class,
                        () -> new AppraisalController(app.appraisal(), selection, tasks, dialogs))
                .register(org.branchledger.settings.DatabaseController.class,
                        () -> new org.branchledger.settings.DatabaseController(data[0], selection, tasks, dialogs))
                .register(SettingsController.class,
                        () -> new SettingsController(app.settings(), selection, tasks, app.folder()))
                .register(SafetyController.class, () -> new SafetyController(app.backups(), app.passwords(), tasks,
                        dialogs, files, () -> reload(data, app, tasks, dialogs, owner, files), clock))
                .register(AuditLogController.class, () -> new AuditLogController(app.auditLog(), tasks));
        this.root = views.load(MainWindowController.class);
        org.branchledger.core.ui.FormKeys.install(root);
    }

    /** After a restore, or on other data (设置 → 数据库): the whole window built again. */
    private static void reload(DataSwitch[] data, App app, Tasks tasks, Dialogs dialogs, Window owner,
                               FileChooser files) {
        if (owner.getScene() != null) {
            owner.getScene().setRoot(new Shell(data, app, tasks, dialogs, owner, files,
                    java.util.concurrent.CompletableFuture.completedFuture(null)).root());
        }
    }

    /** The app the window works on now: the one it opened with, or the one 设置 → 数据库 moved it to. */
    public App app() {
        return data.current();
    }

    public Parent root() {
        return root;
    }

    public Selection selection() {
        return selection;
    }
}
