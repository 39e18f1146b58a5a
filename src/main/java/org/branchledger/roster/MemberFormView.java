package org.branchledger.roster;

import static org.branchledger.roster.RosterField.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.branchledger.core.i18n.Messages;
import org.branchledger.core.ids.IdNumber;

/**
 * The member form's controls: one labelled control per field in two columns, each with its message
 * line underneath (the error in red, or what the ID number says in grey). Tab goes down the left
 * column, then down the right one. Ids are {@code member-FIELD} and {@code member-msg-FIELD}.
 */
final class MemberFormView {
    static final List<RosterField> BASIC = List.of(NAME, ID_NUMBER, GENDER, ETHNICITY, BIRTH_DATE, EDUCATION,
            CATEGORY, JOB, MOBILE, LANDLINE, ADDRESS);
    static final List<RosterField> PARTY = List.of(JOINED_ON, FULL_MEMBER_ON, MEMBER_TYPE, PARTY_STATUS, FLOATING,
            FLOATING_TO, LOST_CONTACT, LOST_CONTACT_ON, LEADING_CADRE, COMMITTEE_POST, CAN_WRITE, REMARK);

    private final MemberFormModel model;
    private final Map<RosterField, Control> controls = new EnumMap<>(RosterField.class);
    private final Map<RosterField, Label> messages = new EnumMap<>(RosterField.class);
    private final HBox root;

    MemberFormView(MemberFormModel model) {
        this.model = model;
        this.root = new HBox(32, section("memberForm.section.basic", BASIC), section("memberForm.section.party", PARTY));
        root.getStyleClass().add("member-form");
        controls.get(FLOATING_TO).disableProperty().bind(model.value(FLOATING).isNotEqualTo(MemberFormModel.YES));
        controls.get(LOST_CONTACT_ON).disableProperty().bind(model.value(LOST_CONTACT).isNotEqualTo(MemberFormModel.YES));
        model.errors().addListener((MapChangeListener<RosterField, String>) change -> refreshMessage(change.getKey()));
        model.idNumber().addListener((obs, old, id) -> refreshFromId(id));
        messages.keySet().forEach(this::refreshMessage);
        refreshFromId(model.idNumber().get());
    }

    /** A valid ID number tells the gender and the birth date: shown as hints, and as the date's prompt. */
    private void refreshFromId(IdNumber id) {
        refreshMessage(GENDER);
        refreshMessage(BIRTH_DATE);
        ((TextField) controls.get(BIRTH_DATE)).setPromptText(id == null ? Messages.get("memberForm.datePrompt")
                : id.birthDate().toString());
    }

    Node root() {
        return root;
    }

    /** The field the cursor starts in. */
    Control first() {
        return controls.get(NAME);
    }

    private VBox section(String titleKey, List<RosterField> fields) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setPrefWidth(Control.USE_COMPUTED_SIZE);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        for (RosterField f : fields) {
            Control control = control(f);
            control.setId("member-" + f.name());
            control.setMaxWidth(Double.MAX_VALUE);
            control.getStyleClass().add("member-input");
            Label label = new Label(f.required() ? Messages.get("memberForm.required", label(f)) : label(f));
            label.setLabelFor(control);
            label.setMinWidth(Control.USE_PREF_SIZE);
            Label message = new Label();
            message.setId("member-msg-" + f.name());
            message.setWrapText(true);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            grid.addRow(row++, label, control);
            grid.add(message, 1, row++);
            controls.put(f, control);
            messages.put(f, message);
        }
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("form-section-title");
        VBox box = new VBox(10, title, grid);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private Control control(RosterField f) {
        StringProperty value = model.value(f);
        return switch (f) {
            case GENDER -> choice(value, "memberForm.auto", "", "男", "女");
            case MEMBER_TYPE -> choice(value, "memberForm.autoType", "", MemberType.FULL.label(),
                    MemberType.PROBATIONARY.label());
            case PARTY_STATUS -> choice(value, null, "正常", "停止党籍");
            case EDUCATION -> combo(value, "memberForm.educationChoices");
            case CATEGORY -> combo(value, "memberForm.categoryChoices");
            case FLOATING, LOST_CONTACT, LEADING_CADRE, CAN_WRITE -> check(value);
            default -> text(value, prompt(f));
        };
    }

    private static String prompt(RosterField f) {
        return switch (f) {
            case ETHNICITY -> Messages.get("memberForm.ethnicityPrompt");
            case COMMITTEE_POST -> Messages.get("memberForm.committeePrompt");
            case FLOATING_TO -> Messages.get("memberForm.floatingToPrompt");
            default -> f.isDate() ? Messages.get("memberForm.datePrompt") : null;
        };
    }

    private static TextField text(StringProperty value, String prompt) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        t.setPromptText(prompt);
        t.setPrefColumnCount(15);
        return t;
    }

    /**
     * A fixed choice, picked with the arrow keys; the empty item, shown as {@code emptyKey}'s text,
     * leaves it to the rules.
     */
    private static ComboBox<String> choice(StringProperty value, String emptyKey, String... items) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? (emptyKey == null ? "" : Messages.get(emptyKey)) : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        if (value.get() != null && !c.getItems().contains(value.get())) {
            c.getItems().add(value.get()); // a stored value outside the list stays visible, and the rules name it
        }
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    /** Free text with the usual answers to pick from. */
    private static ComboBox<String> combo(StringProperty value, String choicesKey) {
        ComboBox<String> c = new ComboBox<>();
        c.setEditable(true);
        c.getItems().setAll(Arrays.asList(Messages.get(choicesKey).split(",")));
        c.getEditor().textProperty().bindBidirectional(value);
        c.setVisibleRowCount(10);
        return c;
    }

    private static CheckBox check(StringProperty value) {
        CheckBox c = new CheckBox(Messages.get("memberForm.yes"));
        c.setSelected(MemberFormModel.YES.equals(value.get()));
        c.selectedProperty().addListener((obs, old, on) -> value.set(on ? MemberFormModel.YES : MemberFormModel.NO));
        value.addListener((obs, old, now) -> c.setSelected(MemberFormModel.YES.equals(now)));
        return c;
    }

    private static String label(RosterField f) {
        return Messages.get("memberForm.label." + f.name());
    }

    /** The error if there is one; else, for 性别 and 出生日期, what the valid ID number says. */
    private void refreshMessage(RosterField f) {
        Label message = messages.get(f);
        if (message == null) {
            return;
        }
        String error = model.errors().get(f);
        IdNumber id = model.idNumber().get();
        String hint = id == null ? null
                : f == GENDER ? Messages.get("memberForm.fromId", id.gender())
                : f == BIRTH_DATE ? Messages.get("memberForm.fromId", id.birthDate().toString()) : null;
        message.getStyleClass().removeAll("field-error", "field-hint");
        message.getStyleClass().add(error != null ? "field-error" : "field-hint");
        message.setText(org.branchledger.core.ui.Wrapping.keepDatesWhole(error != null ? error : hint == null ? "" : hint));
    }
}
