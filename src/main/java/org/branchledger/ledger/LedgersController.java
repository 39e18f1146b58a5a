package org.branchledger.ledger;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.UserError;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.core.ui.Selection;

/**
 * 台账打印: choose a ledger and its options, see the real pages (rendered from the PDF), print them to a
 * chosen printer or save them as PDF or .xlsx. All generation runs off the FX thread. The 公开承诺公示表 asks its
 * 公示期 first; a ledger that cannot be printed now (an appraisal not yet decided) says why in the status line.
 */
public final class LedgersController {
    /** A ledger the user can pick: a kind, or the whole pack. */
    record Choice(String kind, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final LedgerService ledgers;
    private final Selection selection;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final java.time.Clock today;
    private byte[] previewPdf;
    private String previewCode;
    private NoticePeriod notice; // the 公示期 asked for the 公开承诺公示表 now shown
    private LedgerService.Printed draft; // the preview, recorded only when it is printed or saved

    @FXML private ComboBox<Choice> kind;
    @FXML private CheckBox fullIds;
    @FXML private ChoiceBox<String> printer;
    @FXML private Button printButton;
    @FXML private Button savePdfButton;
    @FXML private Label status;
    @FXML private ProgressBar progress;
    @FXML private VBox pages;

    public LedgersController(LedgerService ledgers, Selection selection, Tasks tasks, Dialogs dialogs,
                             FileChooser files, java.time.Clock today) {
        this.today = today;
        this.ledgers = ledgers;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
    }

    @FXML
    private void initialize() {
        List<Choice> choices = new ArrayList<>();
        for (LedgerKind k : ledgers.kinds()) {
            if (!k.needsSession() && !k.everyBranch()) {
                choices.add(new Choice(k.name(), k.title() + (k.isPublic() ? Messages.get("ledgers.public") : "")));
            }
        }
        choices.add(new Choice(LedgerService.PACK, Messages.get("ledgers.pack")));
        kind.setItems(FXCollections.observableList(choices));
        kind.getSelectionModel().selectFirst();
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        kind.valueProperty().addListener((o, a, b) -> clearPreview());
        fullIds.selectedProperty().addListener((o, a, b) -> clearPreview());
        selection.branch().addListener((o, a, b) -> clearPreview());
        selection.year().addListener((o, a, b) -> clearPreview());
        tasks.run(PrinterChoice::names).onSuccess(names -> {
            if (names.isEmpty()) {
                printer.getItems().setAll(Messages.get("ledgers.noPrinterItem"));
                printer.setDisable(true);
                Label why = new Label(Messages.get("ledgers.noPrinterHint"));
                why.getStyleClass().add("field-hint");
                why.setWrapText(true);
                ((javafx.scene.layout.Pane) printer.getParent()).getChildren().add(why);
            } else {
                printer.getItems().setAll(names);
            }
            printer.getSelectionModel().selectFirst();
            printButton.setDisable(previewPdf == null || printer.isDisabled());
        }).start();
        clearPreview();
    }

    private LedgerRequest request() {
        Branch branch = selection.branch().get();
        return new LedgerRequest(branch, selection.year().get(), fullIds.isSelected(), null);
    }

    @FXML
    private void preview() {
        if (selection.branch().get() == null) {
            status.setText(Messages.get("ledgers.noBranch"));
            return;
        }
        String chosen = kind.getValue().kind();
        LedgerRequest request = request();
        if (ledgers.needsNotice(chosen)) {
            Optional<NoticePeriod> asked = askNotice();
            if (asked.isEmpty()) {
                return;
            }
            request = request.withNotice(asked.get());
        }
        NoticePeriod period = request.notice();
        LedgerRequest printing = request;
        status.setText(Messages.get("ledgers.generating"));
        progress.setVisible(true);
        var task = tasks.run(p -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            // A preview records nothing (no print record, no 示诺): printing or saving it does.
            LedgerService.Printed drafted = ledgers.draft(chosen, printing, LedgerService.Format.PDF, pdf);
            List<Image> images = PdfPreview.render(pdf.toByteArray(), p);
            return new Preview(pdf.toByteArray(), drafted, images);
        }).onSuccess(preview -> {
            show(preview);
            notice = period;
        }).onError(this::failed).start();
        progress.progressProperty().bind(task.progressProperty());
        task.runningProperty().addListener((o, was, running) -> progress.setVisible(running));
    }

    private record Preview(byte[] pdf, LedgerService.Printed drafted, List<Image> images) {
    }

    private void show(Preview preview) {
        previewPdf = preview.pdf();
        previewCode = preview.drafted().code();
        draft = preview.drafted();
        pages.getChildren().clear();
        for (Image image : preview.images()) {
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(image.getWidth(), 900));
            view.getStyleClass().add("preview-page");
            pages.getChildren().add(view);
        }
        status.setText(Messages.get("ledgers.previewed", preview.images().size(), preview.drafted().code()));
        printButton.setDisable(printer.isDisabled());
        savePdfButton.setDisable(false);
    }

    /** A ledger that cannot be printed now says why on the page (a notice of an undecided appraisal …). */
    private void failed(Throwable error) {
        progress.setVisible(false);
        if (error instanceof UserError) {
            status.setText(error.getMessage());
        } else {
            status.setText(Messages.get("ledgers.hint"));
            dialogs.showError(error);
        }
    }

    private Optional<NoticePeriod> askNotice() {
        Branch branch = selection.branch().get();
        return NoticePeriodDialog.ask(pages.getScene().getWindow(), selection.fontSize().get().pixels(),
                LocalDate.now(today), NoticePeriod.usualDays(branch));
    }

    private void clearPreview() {
        notice = null;
        draft = null;
        previewPdf = null;
        pages.getChildren().clear();
        printButton.setDisable(true);
        savePdfButton.setDisable(true);
        status.setText(Messages.get("ledgers.hint"));
    }

    @FXML
    private void savePdf() {
        byte[] shown = previewPdf;
        LedgerService.Printed drafted = draft;
        files.save(pages.getScene().getWindow(), Messages.get("ledgers.savePdf"), fileName(".pdf"),
                "PDF", "*.pdf").ifPresent(target -> tasks.run(() -> {
                    Path written = Files.write(target, shown);
                    ledgers.record(drafted);
                    return written;
                })
                        .onSuccess(p -> status.setText(Messages.get("ledgers.saved", p))).onError(this::failed)
                        .start());
    }

    @FXML
    private void saveXlsx() {
        if (selection.branch().get() == null) {
            return;
        }
        String chosen = kind.getValue().kind();
        LedgerRequest base = request();
        if (ledgers.needsNotice(chosen)) {
            Optional<NoticePeriod> period = notice != null ? Optional.of(notice) : askNotice();
            if (period.isEmpty()) {
                return;
            }
            base = base.withNotice(period.get());
        }
        LedgerRequest request = base;
        files.save(pages.getScene().getWindow(), Messages.get("ledgers.saveXlsx"), fileName(".xlsx"),
                "Excel", "*.xlsx").ifPresent(target -> tasks.run(() -> {
                    try (var out = Files.newOutputStream(target)) {
                        ledgers.print(chosen, request, LedgerService.Format.XLSX, out);
                    }
                    return target;
                }).onSuccess(p -> status.setText(Messages.get("ledgers.saved", p))).onError(this::failed).start());
    }

    @FXML
    private void print() {
        byte[] shown = previewPdf;
        LedgerService.Printed drafted = draft;
        String name = printer.getValue();
        if (name == null || printer.isDisabled()) {
            dialogs.showInfo(Messages.get("ledgers.print"), Messages.get("ledgers.noPrinter"));
            return;
        }
        status.setText(Messages.get("ledgers.printing", name));
        String jobName = kind.getValue().title();
        tasks.run(() -> {
            PrinterChoice.print(shown, name, jobName);
            ledgers.record(drafted);
            return name;
        }).onSuccess(n -> status.setText(Messages.get("ledgers.printed", n, previewCode))).onError(this::failed)
                .start();
    }

    private String fileName(String ending) {
        Branch b = selection.branch().get();
        return (b == null ? "" : b.name() + "-") + kind.getValue().title().replaceAll("[\\\\/:*?\"<>|（）()]", "")
                + "-" + selection.year().get() + ending;
    }
}
