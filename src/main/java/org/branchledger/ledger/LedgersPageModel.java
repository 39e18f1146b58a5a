package org.branchledger.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.branchledger.core.UserError;
import org.branchledger.core.branch.Branch;
import org.branchledger.core.i18n.Messages;

/**
 * What the 台账打印 page offers and shows: the ledgers to choose from (each kind that needs no session, then the
 * pack), the options, the printers found, and the preview: the draft ({@link LedgerService.Printed}) being shown,
 * its PDF, the 公示期 asked for it, whether it can be printed or saved, and the status line. Any change of ledger,
 * option, branch or year puts the preview away, and a preview that arrives after such a change is not shown. No
 * window needed; the controller renders the pages and runs the work.
 */
final class LedgersPageModel {
    private final Map<String, LedgerKind> kinds = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Clock clock;
    private final StringProperty kind = new SimpleStringProperty();
    private final BooleanProperty fullIds = new SimpleBooleanProperty();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper noPrinter = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<LedgerService.Printed> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canPrint;
    private final BooleanBinding canSavePdf;
    private byte[] pdf;
    private NoticePeriod notice;
    /** Goes up whenever what is asked changes: a preview of an older request is not shown. */
    private long asked;

    /** @param clock the app's clock: the day a 公示期 starts on unless the user says otherwise */
    LedgersPageModel(List<LedgerKind> kinds, Clock clock) {
        this.clock = clock;
        for (LedgerKind k : kinds) {
            if (!k.needsSession() && !k.everyBranch()) { // the township's ledgers are printed from the command line
                this.kinds.put(k.name(), k);
                titles.put(k.name(), k.title() + (k.isPublic() ? Messages.get("ledgers.public") : ""));
            }
        }
        titles.put(LedgerService.PACK, Messages.get("ledgers.pack"));
        kind.set(titles.keySet().iterator().next());
        canSavePdf = draft.isNotNull();
        canPrint = canSavePdf.and(noPrinter.not());
        kind.addListener((o, a, b) -> clearPreview());
        fullIds.addListener((o, a, b) -> clearPreview());
        branch.addListener((o, a, b) -> clearPreview());
        year.addListener((o, a, b) -> clearPreview());
        clearPreview();
    }

    /** The ledgers offered, by their command-line names, in order; the pack last. */
    List<String> kinds() {
        return List.copyOf(titles.keySet());
    }

    /** A ledger's title as offered: 公示 kinds say so; the pack says what it holds. */
    String title(String kindName) {
        return titles.getOrDefault(kindName, kindName);
    }

    /** The printers found: none puts a line saying so in the list, and printing out of reach. */
    void printersFound(List<String> names) {
        noPrinter.set(names.isEmpty());
        printers.setAll(names.isEmpty() ? List.of(Messages.get("ledgers.noPrinterItem")) : names);
        printer.set(printers.get(0));
    }

    /**
     * The request for the ledger and options chosen, as of the day it is printed; empty, with the status saying
     * why, when no branch is selected.
     */
    Optional<LedgerRequest> request() {
        if (branch.get() == null) {
            status.set(Messages.get("ledgers.noBranch"));
            return Optional.empty();
        }
        return Optional.of(new LedgerRequest(branch.get(), year.get(), fullIds.get(), null));
    }

    /** Whether the ledger chosen asks its 公示期 first (公开承诺公示表). */
    boolean needsNotice() {
        LedgerKind k = kinds.get(kind.get());
        return k != null && k.needsNotice();
    }

    /** Where the 公示期 asked starts: today, by the app's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** How long the branch's 公示期 usually is. */
    int usualNoticeDays() {
        return NoticePeriod.usualDays(branch.get());
    }

    /** The 公示期 the preview shown was made for: saving it as .xlsx asks no more. */
    Optional<NoticePeriod> noticeShown() {
        return Optional.ofNullable(notice);
    }

    /** A preview is being made: answers its ticket for {@link #previewed}. */
    long generating() {
        status.set(Messages.get("ledgers.generating"));
        working.set(true);
        return asked;
    }

    /** Whether ticket {@code ticket}'s preview is still the one asked for (its later pages are still wanted). */
    boolean current(long ticket) {
        return ticket == asked;
    }

    /**
     * The preview of ticket {@code ticket} is ready: shown, unless the ledger, an option, the branch or the year
     * changed meanwhile (then the page stays as the change left it).
     *
     * @return whether it is shown
     */
    boolean previewed(long ticket, byte[] previewPdf, LedgerService.Printed drafted, int pages, NoticePeriod period) {
        working.set(false);
        if (ticket != asked) {
            return false;
        }
        pdf = previewPdf;
        notice = period;
        draft.set(drafted);
        status.set(Messages.get("ledgers.previewed", pages, drafted.code()));
        return true;
    }

    /**
     * Work on the page failed: a ledger that cannot be printed now says why on the status line (an appraisal not
     * yet decided …); anything else puts the hint back.
     *
     * @return whether the error is unexpected, to be reported in a dialog
     */
    boolean failed(Throwable error) {
        working.set(false);
        if (error instanceof UserError) {
            status.set(error.getMessage());
            return false;
        }
        status.set(Messages.get("ledgers.hint"));
        return true;
    }

    /** Nothing previewed: printing and saving the PDF wait for a preview. */
    void clearPreview() {
        asked++;
        notice = null;
        pdf = null;
        draft.set(null);
        status.set(Messages.get("ledgers.hint"));
    }

    void printing(String printerName) {
        status.set(Messages.get("ledgers.printing", printerName));
    }

    void printed(String printerName, String code) {
        status.set(Messages.get("ledgers.printed", printerName, code));
    }

    void saved(Path file) {
        status.set(Messages.get("ledgers.saved", file));
    }

    /** e.g. 红旗村党支部-党员花名册-2026.pdf: the branch, the ledger and the year, without characters files refuse. */
    String fileName(String ending) {
        Branch b = branch.get();
        return (b == null ? "" : b.name() + "-") + title(kind.get()).replaceAll("[\\\\/:*?\"<>|（）()]", "")
                + "-" + year.get() + ending;
    }

    /** The printer's name for the job: the ledger's title. */
    String jobName() {
        return title(kind.get());
    }

    /** The PDF of the preview shown; null when none. */
    byte[] pdf() {
        return pdf;
    }

    /** The chosen ledger's command-line name, or {@link LedgerService#PACK}. */
    StringProperty kind() {
        return kind;
    }

    BooleanProperty fullIds() {
        return fullIds;
    }

    ObjectProperty<Branch> branch() {
        return branch;
    }

    ObjectProperty<Integer> year() {
        return year;
    }

    ObservableList<String> printers() {
        return printers;
    }

    ObjectProperty<String> printer() {
        return printer;
    }

    ReadOnlyBooleanProperty noPrinter() {
        return noPrinter.getReadOnlyProperty();
    }

    /** The draft shown, recorded only when it is printed or saved; null when nothing is previewed. */
    ReadOnlyObjectProperty<LedgerService.Printed> draft() {
        return draft.getReadOnlyProperty();
    }

    BooleanBinding canPrint() {
        return canPrint;
    }

    BooleanBinding canSavePdf() {
        return canSavePdf;
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Whether a preview is being made (the progress bar shows). */
    ReadOnlyBooleanProperty working() {
        return working.getReadOnlyProperty();
    }
}
