package org.branchledger.shell;

import java.time.Year;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.branch.BranchKind;
import org.branchledger.branch.BranchService;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Tasks;
import org.branchledger.demo.DemoService;

/** The first start on an empty data folder: create the real branch, or look at the demo first. */
final class WelcomeFlow {
    static final int DEMO_MEMBERS = 36;

    private final BranchService branches;
    private final DemoService demo;
    private final Tasks tasks;
    private final Window owner;

    private final java.time.Clock clock;

    WelcomeFlow(BranchService branches, DemoService demo, Tasks tasks, Window owner, java.time.Clock clock) {
        this.clock = clock;
        this.branches = branches;
        this.demo = demo;
        this.tasks = tasks;
        this.owner = owner;
    }

    /** A small window that says the demo year is being written (it takes a few seconds). */
    private Stage workingNote() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        VBox box = new VBox(12, new Label(Messages.get("welcome.demoWorking")), bar);
        box.setPadding(new Insets(20));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Messages.get("welcome.title"));
        Scene scene = new Scene(box);
        if (owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    void offer(Consumer<Branch> onCreated) {
        ButtonType create = new ButtonType(Messages.get("welcome.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType loadDemo = new ButtonType(Messages.get("welcome.demo"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(Messages.get("welcome.later"), ButtonBar.ButtonData.CANCEL_CLOSE);

        TextField name = new TextField();
        name.setId("welcomeName");
        name.setPromptText(Messages.get("welcome.namePrompt"));
        name.setPrefColumnCount(20);
        ComboBox<BranchKind> kind = new ComboBox<>();
        kind.getItems().setAll(BranchKind.values());
        kind.setValue(BranchKind.VILLAGE);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        Label text = new Label(Messages.get("welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(420);
        form.add(text, 0, 0, 2, 1);
        Label nameLabel = new Label(Messages.get("welcome.name"));
        nameLabel.setLabelFor(name);
        form.addRow(1, nameLabel, name);
        form.addRow(2, new Label(Messages.get("welcome.kind")), kind);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("welcome.title"));
        dialog.setHeaderText(Messages.get("welcome.header"));
        dialog.getDialogPane().getButtonTypes().setAll(create, loadDemo, later);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(name.textProperty().isEmpty());
        Platform.runLater(name::requestFocus);

        Optional<ButtonType> choice = dialog.showAndWait();
        if (choice.isEmpty() || choice.get() == later) {
            return;
        }
        if (choice.get() == create) {
            Branch wanted = Branch.named(name.getText(), kind.getValue());
            tasks.run(() -> branches.create(wanted)).onSuccess(onCreated).start();
        } else {
            int year = Year.now(clock).getValue();
            Stage working = workingNote();
            tasks.run(() -> demo.create(Messages.get("demo.branchName"), DEMO_MEMBERS, year).branch())
                    .onSuccess(branch -> {
                        working.close();
                        onCreated.accept(branch);
                    })
                    .onError(error -> {
                        working.close();
                        tasks.reportUnexpected(error);
                    }).start();
        }
    }
}
