package ca.concerto.ui.cycle.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ca.concerto.cycle.api.Attendee;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.plan.api.Organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The form that records a meeting: its date, goals (one per line), attendees as rows of a person and
 * the organization they represent, the minutes (procès-verbal) and the decisions (one per line).
 * Element ids start with the prefix given ("cycle-meeting", "cycle-followup").
 */
class MeetingForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final String prefix;
    private final Messages messages;
    private final List<Organization> organizations;
    private final transient Predicate<MeetingRecord> onSave;

    private final DatePicker date = new DatePicker();
    private final TextArea goals = new TextArea();
    private final VerticalLayout attendeesLayout = new VerticalLayout();
    private final List<AttendeeRow> rows = new ArrayList<>();
    private final TextArea minutes = new TextArea();
    private final TextArea decisions = new TextArea();
    private final Span error;

    /**
     * @param onSave records the meeting; true when it was recorded (the form then empties)
     */
    MeetingForm(String prefix, Messages messages, List<Organization> organizations, boolean withGoalsAndDecisions,
                Predicate<MeetingRecord> onSave) {
        this.prefix = prefix;
        this.messages = messages;
        this.organizations = List.copyOf(organizations);
        this.onSave = onSave;
        this.error = Ui.errorLine(prefix + "-error");
        setId(prefix + "-form");
        setPadding(false);

        date.setId(prefix + "-date");
        date.setLabel(messages.get("meeting.date"));
        date.setRequiredIndicatorVisible(true);
        Ui.dateField(date, messages);

        goals.setId(prefix + "-goals");
        goals.setLabel(messages.get("meeting.goals"));
        goals.setHelperText(messages.get("form.onePerLine"));
        goals.setWidthFull();

        attendeesLayout.setId(prefix + "-attendees");
        attendeesLayout.setPadding(false);
        Span attendeesLabel = new Span(messages.get("meeting.attendees"));
        attendeesLabel.setId(prefix + "-attendees-label");
        Button addAttendee = new Button(messages.get("meeting.addAttendee"), e -> addAttendee());
        addAttendee.setId(prefix + "-add-attendee");

        minutes.setId(prefix + "-minutes");
        minutes.setLabel(messages.get("meeting.minutes"));
        minutes.setWidthFull();

        decisions.setId(prefix + "-decisions");
        decisions.setLabel(messages.get("meeting.decisions"));
        decisions.setHelperText(messages.get("form.onePerLine"));
        decisions.setWidthFull();

        Button save = new Button(messages.get("meeting.save"), e -> save());
        save.setId(prefix + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(date);
        if (withGoalsAndDecisions) {
            add(goals);
        }
        add(attendeesLabel, attendeesLayout, addAttendee, minutes);
        if (withGoalsAndDecisions) {
            add(decisions);
        }
        add(error, save);
        addAttendee();
    }

    void addAttendee() {
        rows.add(new AttendeeRow());
        renderAttendees();
    }

    private void renderAttendees() {
        attendeesLayout.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            attendeesLayout.add(rows.get(i).layout(i));
        }
    }

    /** Checks and records the meeting. */
    void save() {
        boolean valid = true;
        if (date.getValue() == null) {
            date.setInvalid(true);
            date.setErrorMessage(messages.get("meeting.error.date"));
            valid = false;
        } else {
            date.setInvalid(false);
            date.setErrorMessage(null);
        }
        List<Attendee> attendees = new ArrayList<>();
        for (AttendeeRow row : rows) {
            String person = row.person.getValue();
            boolean blank = person == null || person.isBlank();
            if (blank && row.organization.getValue() != null) {
                row.person.setInvalid(true);
                row.person.setErrorMessage(messages.get("meeting.error.person"));
                valid = false;
                continue;
            }
            row.person.setInvalid(false);
            row.person.setErrorMessage(null);
            if (!blank) {
                Organization organization = row.organization.getValue();
                attendees.add(new Attendee(person, organization == null ? null : organization.id()));
            }
        }
        Ui.showError(error, valid ? null : messages.get("form.fixErrors"));
        if (!valid) {
            return;
        }
        MeetingRecord record = new MeetingRecord(date.getValue(), Ui.lines(goals.getValue()), attendees,
                minutes.getValue(), Ui.lines(decisions.getValue()));
        if (onSave.test(record)) {
            clear();
        }
    }

    /** Where the form says what went wrong. */
    Span errorLine() {
        return error;
    }

    private void clear() {
        date.clear();
        goals.clear();
        minutes.clear();
        decisions.clear();
        rows.clear();
        addAttendee();
    }

    /** One attendee: a person and the organization they represent (none: in their own name). */
    private final class AttendeeRow {
        final TextField person = new TextField(messages.get("meeting.attendee.person"));
        final ComboBox<Organization> organization = new ComboBox<>(messages.get("meeting.attendee.organization"));

        AttendeeRow() {
            organization.setItems(organizations);
            organization.setItemLabelGenerator(Organization::name);
            organization.setClearButtonVisible(true);
            organization.setHelperText(messages.get("meeting.attendee.organization.helper"));
        }

        HorizontalLayout layout(int i) {
            person.setId(prefix + "-attendee-" + i + "-person");
            organization.setId(prefix + "-attendee-" + i + "-organization");
            Button remove = new Button(messages.get("meeting.removeAttendee"), e -> {
                rows.remove(this);
                renderAttendees();
            });
            remove.setId(prefix + "-attendee-" + i + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.getElement().setAttribute("aria-label", messages.format("meeting.removeAttendee.aria", i + 1));
            HorizontalLayout layout = new HorizontalLayout(person, organization, remove);
            layout.setId(prefix + "-attendee-" + i);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            return layout;
        }
    }
}
