package org.branchledger.township;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.branchledger.branch.BranchService;
import org.branchledger.core.UserError;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.Tasks;
import org.branchledger.safety.PasswordDialog;

/**
 * 上报数据包… at a branch and 接收数据包… at the township, in the window: the file chosen, a password asked
 * when there is one, the work off the FX thread with a progress bar, then what was done.
 */
public final class PackageFlows {
    private static final String EXTENSION = "*.blpkg";

    private final Township township;
    private final BranchService branches;
    private final Selection selection;
    private final Tasks tasks;
    private final FileChooser files;
    private final Window owner;
    private final Clock clock;

    public PackageFlows(Township township, BranchService branches, Selection selection, Tasks tasks,
                        FileChooser files, Window owner, Clock clock) {
        this.township = township;
        this.branches = branches;
        this.selection = selection;
        this.tasks = tasks;
        this.files = files;
        this.owner = owner;
        this.clock = clock;
    }

    private record Received(Receipt receipt, List<Branch> branches) {
    }

    /** 接收数据包…: a package chosen, checked and received; what changed since the last one shown. */
    public void receive() {
        String title = Messages.get("township.dialog.receiveTitle");
        Optional<Path> chosen = files.open(owner, title, Messages.get("township.dialog.fileType"), EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        char[] password = null;
        if (PackageReceiving.needsPassword(file)) {
            Optional<char[]> asked = PasswordDialog.askOne(owner, title, Messages.get("township.dialog.packagePassword",
                    file.getFileName()), null);
            if (asked.isEmpty()) {
                return;
            }
            password = asked.get();
        }
        char[] given = password;
        PackageDialog dialog = new PackageDialog(owner, "receiveDialog", title, file.getFileName().toString(),
                Messages.get("township.dialog.receiving"));
        dialog.show();
        tasks.run(() -> new Received(receive(file, given), branches.all())).onSuccess(r -> {
            Long selected = selection.branch().get() == null ? null : selection.branch().get().id();
            selection.branches().setAll(r.branches());
            r.branches().stream().filter(b -> b.id().equals(selected)).findFirst().ifPresent(selection.branch()::set);
            selection.dataChanged();
            dialog.done(Messages.get("township.dialog.received"), ReceiptText.lines(r.receipt()));
        }).onError(e -> failed(dialog, e)).start();
    }

    /** 上报数据包…: the selected branch's package saved where the secretary says, with a password if wanted. */
    public void export() {
        Branch branch = selection.branch().get();
        if (branch == null) {
            return;
        }
        String title = Messages.get("township.dialog.exportTitle");
        String name = BranchPackages.fileName(branch, null, LocalDate.now(clock));
        Optional<Path> chosen = files.save(owner, title, name, Messages.get("township.dialog.fileType"), EXTENSION);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().getFileName().toString().endsWith(".blpkg") ? chosen.get()
                : chosen.get().resolveSibling(chosen.get().getFileName() + ".blpkg");
        Optional<Boolean> withPassword = askPassword(title);
        if (withPassword.isEmpty()) {
            return;
        }
        char[] password = null;
        if (withPassword.get()) {
            Optional<PasswordDialog.Change> asked = PasswordDialog.askChange(owner, title, false, false);
            if (asked.isEmpty()) {
                return;
            }
            password = asked.get().next();
        }
        char[] given = password;
        PackageDialog dialog = new PackageDialog(owner, "exportDialog", title, branch.name(),
                Messages.get("township.dialog.exporting"));
        dialog.show();
        tasks.run(() -> export(branch, file, given)).onSuccess(made -> {
            PackageManifest m = made.manifest();
            dialog.done(Messages.get("township.dialog.exported", made.checksumCode()), List.of(
                    made.summary(branch.name()), Messages.get("township.dialog.exportedAt",
                            m.madeAt().format(PackageReceiving.WHEN)),
                    Messages.get("township.dialog.exportedHint", made.checksumCode())));
        }).onError(e -> failed(dialog, e)).start();
    }

    /** Whether the package gets a password: yes, no, or empty when the secretary cancelled. */
    private Optional<Boolean> askPassword(String title) {
        ButtonType set = new ButtonType(Messages.get("township.dialog.passwordYes"), ButtonBar.ButtonData.YES);
        ButtonType none = new ButtonType(Messages.get("township.dialog.passwordNo"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("township.dialog.passwordQuestion"), set, none,
                cancel);
        ask.initOwner(owner);
        ask.setTitle(title);
        ask.setHeaderText(null);
        ask.getDialogPane().setId("packagePasswordQuestion");
        if (owner != null && owner.getScene() != null) {
            ask.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                ask.getDialogPane().setStyle(owner.getScene().getRoot().getStyle()); // the window's font size
            }
        }
        return ask.showAndWait().filter(b -> b != cancel).map(b -> b == set);
    }

    private Receipt receive(Path file, char[] password) {
        try {
            return township.receiving().receive(file, password);
        } catch (java.io.IOException e) {
            throw UserError.badInput(Messages.get("township.package.error.unreadable", file.getFileName(), e.getMessage()));
        }
    }

    private BranchPackages.Made export(Branch branch, Path file, char[] password) {
        try {
            return township.packages().export(branch, null, file, false, password);
        } catch (java.io.IOException e) {
            throw UserError.badInput(Messages.get("township.export.error.write", file, e.getMessage()));
        }
    }

    private void failed(PackageDialog dialog, Throwable e) {
        if (e instanceof UserError) {
            dialog.failed(e.getMessage());
        } else {
            dialog.failed(Messages.get("township.dialog.failed"));
            tasks.reportUnexpected(e);
        }
    }
}
