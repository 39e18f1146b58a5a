package org.branchledger.township;

import java.util.List;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.branchledger.core.i18n.Messages;

/**
 * The one dialog of making or receiving a package: a progress bar while the work runs off the FX thread, then
 * what was done (the manifest's summary and 校验码, or what changed since the last package), which can be printed;
 * or the one line saying why nothing was written.
 */
final class PackageDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label status = new Label();
    private final TextArea text = new TextArea();
    private final ButtonType printType = new ButtonType(Messages.get("township.dialog.print"), ButtonBar.ButtonData.LEFT);

    PackageDialog(Window owner, String id, String title, String header, String working) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle()); // the window's font size
            }
        }
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("packageProgress");
        status.setText(working);
        status.setWrapText(true);
        status.setId("packageStatus");
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("packageText");
        text.setVisible(false);
        text.setManaged(false);
        text.setPrefRowCount(8);
        text.setPrefColumnCount(40);
        VBox box = new VBox(10, status, bar, text);
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(printType, ButtonType.CLOSE);
        Button print = (Button) dialog.getDialogPane().lookupButton(printType);
        print.setId("packagePrint");
        print.setDisable(true);
        print.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // printing leaves the dialog open
            print();
        });
        dialog.setResizable(true);
    }

    void show() {
        dialog.show();
    }

    /** The work is done: its lines shown, printable. */
    void done(String headline, List<String> lines) {
        bar.setVisible(false);
        bar.setManaged(false);
        status.setText(headline);
        text.setText(String.join("\n", lines));
        text.setVisible(true);
        text.setManaged(true);
        dialog.getDialogPane().lookupButton(printType).setDisable(false);
        fit();
    }

    /** The window grows to what it now shows (it was sized for the progress bar). */
    private void fit() {
        javafx.stage.Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
        if (w != null) {
            w.sizeToScene();
        }
    }

    /** Nothing was written: why, in one line. */
    void failed(String message) {
        bar.setVisible(false);
        bar.setManaged(false);
        status.setText(message);
        status.getStyleClass().add("error-text");
        status.setStyle("-fx-text-fill: #b00020;");
        fit();
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(dialog.getOwner())) {
            return;
        }
        Text page = new Text(dialog.getHeaderText() + "\n\n" + status.getText() + "\n" + text.getText());
        page.setWrappingWidth(job.getJobSettings().getPageLayout().getPrintableWidth());
        if (job.printPage(page)) {
            job.endJob();
        }
    }
}
