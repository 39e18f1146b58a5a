package org.branchledger.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Selection;
import org.branchledger.core.ui.Tasks;

/**
 * 台账打印: binds the page to its {@link LedgersPageModel} (the ledger and its options, the printers, the preview
 * and the status line), renders the real pages from the PDF, asks the 公开承诺公示表's 公示期 and runs the
 * generating, printing and saving off the FX thread.
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
    /** The PDF whose pages the preview is showing (later ones still being rendered); FX thread only. */
    private PdfPreview.Pages shown;
    private final Dialogs dialogs;
    private final FileChooser files;
    private final LedgersPageModel model;

    @FXML private ComboBox<Choice> kind;
    @FXML private CheckBox fullIds;
    @FXML private ChoiceBox<String> printer;
    @FXML private Button printButton;
    @FXML private Button savePdfButton;
    @FXML private Label status;
    @FXML private ProgressBar progress;
    @FXML private VBox pages;

    public LedgersController(LedgerService ledgers, Selection selection, Tasks tasks, Dialogs dialogs,
                             FileChooser files, Clock clock) {
        this.ledgers = ledgers;
        this.selection = selection;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.model = new LedgersPageModel(ledgers.kinds(), clock);
    }

    @FXML
    private void initialize() {
        kind.getItems().setAll(model.kinds().stream().map(k -> new Choice(k, model.title(k))).toList());
        kind.getItems().stream().filter(c -> c.kind().equals(model.kind().get())).findFirst()
                .ifPresent(kind.getSelectionModel()::select);
        kind.valueProperty().addListener((o, was, now) -> model.kind().set(now == null ? null : now.kind()));
        fullIds.selectedProperty().bindBidirectional(model.fullIds());
        model.branch().bind(selection.branch());
        model.year().bind(selection.year());
        printer.setItems(model.printers());
        printer.valueProperty().bindBidirectional(model.printer());
        printer.disableProperty().bind(model.noPrinter());
        printButton.disableProperty().bind(model.canPrint().not());
        savePdfButton.disableProperty().bind(model.canSavePdf().not());
        status.textProperty().bind(model.status());
        progress.visibleProperty().bind(model.working());
        progress.managedProperty().bind(progress.visibleProperty());
        model.draft().addListener((o, was, now) -> {
            if (now == null) {
                pages.getChildren().clear();
                shown = null; // its later pages are no longer wanted
            }
        });
        // The font is parsed once per run: here, while the secretary chooses, rather than in the first preview.
        for (boolean bold : new boolean[] {false, true}) {
            tasks.run(() -> {
                PdfLedgerWriter.preloadFont(bold);
                return null;
            }).start();
        }
        tasks.run(PrinterChoice::names).onSuccess(names -> {
            model.printersFound(names);
            if (names.isEmpty()) {
                Label why = new Label(Messages.get("ledgers.noPrinterHint"));
                why.getStyleClass().add("field-hint");
                why.setWrapText(true);
                ((Pane) printer.getParent()).getChildren().add(why);
            }
        }).start();
    }

    @FXML
    private void preview() {
        Optional<LedgerRequest> asked = model.request();
        if (asked.isEmpty()) {
            return;
        }
        String chosen = model.kind().get();
        LedgerRequest request = asked.get();
        if (model.needsNotice()) {
            Optional<NoticePeriod> period = askNotice();
            if (period.isEmpty()) {
                return;
            }
            request = request.withNotice(period.get());
        }
        LedgerRequest printing = request;
        long ticket = model.generating();
        var task = tasks.run(p -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            // A preview records nothing (no print record, no 示诺): printing or saving it does.
            LedgerService.Printed drafted = ledgers.draft(chosen, printing, LedgerService.Format.PDF, pdf);
            byte[] bytes = pdf.toByteArray();
            PdfPreview.Pages pages = PdfPreview.Pages.open(bytes);
            try {
                return new Preview(bytes, drafted, pages, pages.render(0));
            } catch (IOException | RuntimeException e) {
                pages.close();
                throw e;
            }
        }).onSuccess(preview -> {
            if (model.previewed(ticket, preview.pdf(), preview.drafted(), preview.pages().count(),
                    printing.notice())) {
                this.pages.getChildren().clear();
                showPage(preview.first());
                shown = preview.pages();
                renderFrom(ticket, preview.pages(), 1);
            } else {
                closeQuietly(preview.pages());
            }
        }).onError(this::failed).start();
        progress.progressProperty().bind(task.progressProperty());
    }

    /** The first page shown, the others are rendered one task each and added as they come, while still asked. */
    private void renderFrom(long ticket, PdfPreview.Pages rendering, int index) {
        if (index >= rendering.count() || !model.current(ticket) || rendering != shown) {
            closeQuietly(rendering);
            return;
        }
        tasks.run(() -> rendering.render(index)).onSuccess(image -> {
            if (model.current(ticket) && rendering == shown) {
                showPage(image);
            }
            renderFrom(ticket, rendering, index + 1);
        }).onError(error -> {
            closeQuietly(rendering);
            failed(error);
        }).start();
    }

    private static void closeQuietly(PdfPreview.Pages rendering) {
        try {
            rendering.close();
        } catch (IOException e) {
            // Nothing was written through it.
        }
    }

    private record Preview(byte[] pdf, LedgerService.Printed drafted, PdfPreview.Pages pages, Image first) {
    }

    private void showPage(Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(image.getWidth(), 900));
        view.getStyleClass().add("preview-page");
        pages.getChildren().add(view);
    }

    private void failed(Throwable error) {
        if (model.failed(error)) {
            dialogs.showError(error);
        }
    }

    private Optional<NoticePeriod> askNotice() {
        return NoticePeriodDialog.ask(pages.getScene().getWindow(), selection.fontSize().get().pixels(),
                model.today(), model.usualNoticeDays());
    }

    @FXML
    private void savePdf() {
        byte[] shown = model.pdf();
        LedgerService.Printed drafted = model.draft().get();
        if (shown == null) {
            return;
        }
        files.save(pages.getScene().getWindow(), Messages.get("ledgers.savePdf"), model.fileName(".pdf"),
                "PDF", "*.pdf").ifPresent(target -> tasks.run(() -> {
                    Path written = Files.write(target, shown);
                    ledgers.record(drafted);
                    return written;
                }).onSuccess(model::saved).onError(this::failed).start());
    }

    @FXML
    private void saveXlsx() {
        Optional<LedgerRequest> asked = model.request();
        if (asked.isEmpty()) {
            return;
        }
        String chosen = model.kind().get();
        LedgerRequest base = asked.get();
        if (model.needsNotice()) {
            Optional<NoticePeriod> period = model.noticeShown().or(this::askNotice);
            if (period.isEmpty()) {
                return;
            }
            base = base.withNotice(period.get());
        }
        LedgerRequest request = base;
        files.save(pages.getScene().getWindow(), Messages.get("ledgers.saveXlsx"), model.fileName(".xlsx"),
                "Excel", "*.xlsx").ifPresent(target -> tasks.run(() -> {
                    try (var out = Files.newOutputStream(target)) {
                        ledgers.print(chosen, request, LedgerService.Format.XLSX, out);
                    }
                    return target;
                }).onSuccess(model::saved).onError(this::failed).start());
    }

    @FXML
    private void print() {
        byte[] shown = model.pdf();
        LedgerService.Printed drafted = model.draft().get();
        String name = model.printer().get();
        if (name == null || model.noPrinter().get()) {
            dialogs.showInfo(Messages.get("ledgers.print"), Messages.get("ledgers.noPrinter"));
            return;
        }
        if (shown == null) {
            return;
        }
        model.printing(name);
        String jobName = model.jobName();
        tasks.run(() -> {
            PrinterChoice.print(shown, name, jobName);
            ledgers.record(drafted);
            return name;
        }).onSuccess(n -> model.printed(n, drafted.code())).onError(this::failed).start();
    }
}
