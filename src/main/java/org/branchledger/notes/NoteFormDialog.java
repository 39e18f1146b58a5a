package org.branchledger.notes;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.branchledger.core.ui.EditBase;
import org.branchledger.core.ui.Forms;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ui.Dialogs;
import org.branchledger.core.ui.FileChooser;
import org.branchledger.core.ui.Tasks;
import org.branchledger.roster.Member;

/** 新增 / 编辑 笔记心得: the form, the pasted text counted as it is typed, and scanned pages. */
final class NoteFormDialog {
    /** A scanned page: already stored, or chosen and copied on save. */
    private record Page(Attachment stored, Path chosen) {
        @Override
        public String toString() {
            return stored != null ? stored.fileName() : chosen.getFileName() + Messages.get("notesScreen.page.new");
        }
    }

    /** What the dialog needs from the page. */
    record Context(Window owner, double fontPixels, NotesService notes, AttachmentStore store, Tasks tasks,
                   Dialogs dialogs, FileChooser files, long branchId, int year, List<Member> members,
                   LocalDate today) {
    }

    private NoteFormDialog() {
    }

    /** Opens the dialog; {@code onSaved} runs on the FX thread once the note and its pages are stored. */
    static void open(Context c, Member preselected, ReadingNote original, Runnable onSaved) {
        NoteFormModel model = new NoteFormModel(c.year(), preselected, original, c.today());
        Dialog<ButtonType> dialog = NoteDialogs.saveDialog(c.owner(), c.fontPixels(),
                Messages.get(original == null ? "notesScreen.form.addTitle" : "notesScreen.form.editTitle"),
                "notesScreen.save");
        ComboBox<Member> member = org.branchledger.roster.MemberChooser.of(c.members(), "noteMember");
        member.valueProperty().bindBidirectional(model.member());
        ChoiceBox<NoteKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(NoteKind.values()));
        kind.setId("noteKind");
        kind.setConverter(labels());
        kind.valueProperty().bindBidirectional(model.kind());
        TextField date = Forms.text("noteDate", model.date(), Messages.get("notesScreen.datePrompt"), 40);
        TextField title = Forms.text("noteTitle", model.title(), Messages.get("notesScreen.form.titlePrompt"),
                NoteFormModel.TITLE_MAX + 20);
        title.setPrefColumnCount(28);
        TextField words = Forms.text("noteWords", model.words(), Messages.get("notesScreen.form.wordsPrompt"), 9);
        words.editableProperty().bind(model.counted().not());
        TextArea body = new TextArea();
        body.setId("noteBody");
        body.setWrapText(true);
        body.setPrefRowCount(6);
        body.setPromptText(Messages.get("notesScreen.form.bodyPrompt"));
        body.textProperty().bindBidirectional(model.body());

        ObservableList<Page> pages = FXCollections.observableArrayList();
        ListView<Page> pageList = new ListView<>(pages);
        pageList.setId("notePages");
        pageList.setPrefHeight(90);
        Label status = NoteDialogs.status("noteStatus");
        Button add = new Button(Messages.get("notesScreen.page.add"));
        add.setId("notePageAdd");
        add.setOnAction(e -> c.files().open(dialog.getDialogPane().getScene().getWindow(),
                Messages.get("notesScreen.page.choose"), Messages.get("notesScreen.page.kinds"),
                AttachmentStore.EXTENSIONS).ifPresent(p -> pages.add(new Page(null, p))));
        Button open = new Button(Messages.get("notesScreen.page.open"));
        open.setId("notePageOpen");
        open.disableProperty().bind(pageList.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openPage(c, pageList.getSelectionModel().getSelectedItem(), status));
        if (original != null) {
            c.tasks().run(() -> c.notes().attachments(original.id())).onSuccess(
                    stored -> stored.forEach(a -> pages.add(pages.size(), new Page(a, null)))).start();
        }

        GridPane grid = Forms.form();
        int row = Forms.field(grid, 0, "notesScreen.form.member", member, null);
        row = Forms.field(grid, row, "notesScreen.form.date", date, model.dateError());
        row = Forms.field(grid, row, "notesScreen.form.kind", kind, null);
        row = Forms.field(grid, row, "notesScreen.form.title", title, model.titleError());
        row = Forms.field(grid, row, "notesScreen.form.words", words, model.wordsError());
        row = Forms.field(grid, row, "notesScreen.form.body", body, null);
        Forms.field(grid, row, "notesScreen.form.pages", pageList, null);
        Label hint = new Label(Messages.get("notesScreen.form.hint"));
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, new HBox(8, add, open), hint, status));

        EditBase<ReadingNote> base = new EditBase<>(ReadingNote.class, original); // saves check it (decision 0025)
        Forms.saveButton(dialog, "noteSave", model.valid(), status, c.tasks(), c.dialogs(), () -> {
            ReadingNote note = model.note(c.branchId());
            ReadingNote loaded = base.get();
            List<Path> chosen = new ArrayList<>(pages.stream().filter(p -> p.chosen() != null).map(Page::chosen)
                    .toList());
            return () -> {
                ReadingNote saved = c.notes().save(loaded, note);
                for (Path p : chosen) {
                    c.store().store(c.branchId(), saved.id(), p);
                }
                return saved;
            };
        }, saved -> onSaved.run(), base);
        dialog.setOnShown(e -> (preselected == null ? member : title).requestFocus());
        dialog.show();
    }

    /** Shows a scanned page in the app: images as they are, PDFs page by page (a stored one decrypted in memory). */
    private static void openPage(Context c, Page page, Label status) {
        if (page.stored() != null) {
            PageViewer.show(status.getScene().getWindow(), page.stored().fileName(), () -> c.store().read(page.stored()),
                    c.tasks(), status);
        } else {
            Path file = page.chosen();
            PageViewer.show(status.getScene().getWindow(), file.getFileName().toString(),
                    () -> java.nio.file.Files.readAllBytes(file), c.tasks(), status);
        }
    }

    static StringConverter<NoteKind> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(NoteKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public NoteKind fromString(String s) {
                return NoteKind.ofLabel(s);
            }
        };
    }
}
