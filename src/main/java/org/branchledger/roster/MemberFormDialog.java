package org.branchledger.roster;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.Tasks;

/**
 * The window around the member form: 保存 is enabled only while the rules find nothing wrong, and the
 * save runs on a worker; errors the database finds (a number already on the roster) come back into the
 * form. Enter saves, Esc cancels, the cursor starts in 姓名.
 */
final class MemberFormDialog {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private MemberFormDialog() {
    }

    /**
     * Opens the form (not blocking) to add a member ({@code current} null) or edit one.
     *
     * @param onSaved runs on the FX thread with the stored member once the form has closed
     */
    static void open(Window owner, double fontPixels, RosterService roster, Tasks tasks, Dialogs dialogs,
                     long branchId, Member current, Consumer<Member> onSaved) {
        MemberFormModel model = new MemberFormModel(branchId, current, roster::today);
        MemberFormView view = new MemberFormView(model);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, owner, fontPixels);
        dialog.setTitle(current == null ? Messages.get("memberForm.title.add")
                : Messages.get("memberForm.title.edit", current.name()));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("memberForm.header"));
        ButtonType saveType = new ButtonType(Messages.get("memberForm.save"), ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().setAll(saveType,
                new ButtonType(Messages.get("memberForm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        org.branchledger.core.ui.DiscardGuard.install(dialog);

        Label status = new Label();
        status.setId("memberFormStatus");
        status.setWrapText(true);
        ScrollPane scroll = new ScrollPane(view.root());
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("member-form-scroll");
        pane.setContent(new VBox(8, scroll, status));

        Button save = (Button) pane.lookupButton(saveType);
        save.setId("memberSave");
        BooleanProperty saving = new SimpleBooleanProperty();
        save.disableProperty().bind(model.valid().not().or(saving));
        Runnable showStatus = () -> {
            boolean errors = !saving.get() && !model.errors().isEmpty();
            status.getStyleClass().setAll("label", errors ? "field-error" : "field-hint");
            status.setText(saving.get() ? Messages.get("memberForm.saving")
                    : errors ? Messages.get("memberForm.errors", model.errors().size())
                    : !model.valid().get() ? Messages.get("memberForm.fillRequired") : "");
        };
        model.errors().addListener((javafx.collections.MapChangeListener<RosterField, String>) c -> showStatus.run());
        model.valid().addListener((obs, was, now) -> showStatus.run());
        saving.addListener((obs, was, now) -> showStatus.run());
        showStatus.run();

        EditBase<Member> base = new EditBase<>(Member.class, current); // saves check it (decision 0025)
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only once the member is stored
            if (save.isDisabled()) {
                return;
            }
            Map<RosterField, String> values = model.values();
            Member loaded = base.get();
            saving.set(true);
            tasks.run(() -> roster.save(branchId, loaded, values)).onSuccess(check -> {
                saving.set(false);
                if (check.ok()) {
                    dialog.setResult(saveType);
                    dialog.close();
                    onSaved.accept(check.member());
                } else {
                    model.showErrors(check.errors());
                }
            }).onError(error -> {
                saving.set(false);
                base.failed(error, dialogs, save::fire, now -> {
                    dialog.setResult(saveType);
                    dialog.close();
                    onSaved.accept(now);
                });
            }).start();
        });
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()
                    && !(e.getTarget() instanceof Button)
                    && !(e.getTarget() instanceof ComboBoxBase<?> box && box.isShowing());
            if (enter || SAVE.match(e)) {
                e.consume();
                save.fire();
            }
        });
        fitToScreen(pane, scroll, view.root());
        dialog.setOnShown(e -> view.first().requestFocus());
        dialog.show();
    }

    /** Owner, modality, the window's style sheets and font size: the same look as the main window. */
    static void prepare(Dialog<?> dialog, Window owner, double fontPixels) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets()
                .add(MemberFormDialog.class.getResource("RosterView.css").toExternalForm());
        dialog.getDialogPane().setStyle("-fx-font-size: " + fontPixels + "px;");
        org.branchledger.core.ui.ScreenFit.dialog(dialog);
        org.branchledger.core.ui.FormKeys.install(dialog.getDialogPane());
    }

    /** As tall as the form, but never taller than the screen; the view follows the cursor when it scrolls. */
    private static void fitToScreen(DialogPane pane, ScrollPane scroll, Node content) {
        pane.applyCss();
        double natural = content.prefHeight(-1) + 4 * 24; // room for a few error lines
        double max = Screen.getPrimary().getVisualBounds().getHeight() - 280;
        scroll.setPrefViewportHeight(Math.max(200, Math.min(natural, max)));
        scroll.setPrefViewportWidth(content.prefWidth(-1) + 8);
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, node) -> reveal(scroll, content, node));
            }
        });
        if (pane.getScene() != null) {
            pane.getScene().focusOwnerProperty().addListener((o, was, node) -> reveal(scroll, content, node));
        }
    }

    private static void reveal(ScrollPane scroll, Node content, Node focused) {
        if (focused == null || content.getScene() == null) {
            return;
        }
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (n == null) {
            return;
        }
        Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double total = content.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (total <= view) {
            return;
        }
        double top = scroll.getVvalue() * (total - view);
        if (b.getMinY() - 8 < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - 8) / (total - view)));
        } else if (b.getMaxY() + 32 > top + view) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + 32 - view) / (total - view)));
        }
    }
}
