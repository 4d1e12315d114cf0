package ca.concerto.ui.plans.impl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.MemberStatus;
import ca.concerto.plan.model.Organization;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One committee's fields: its name, mission, meeting frequency, mandates (one per line) and members,
 * each a person with the organization they represent (picked among the plan's and the directory's; one
 * the plan does not list yet is added to it when the committee is saved), what the plan writes after
 * the name, a role and a standing. The committee's other annex text (context, objectives, means, notes)
 * is kept as it is. {@link #read()} checks the fields and says what is wrong beside each one.
 */
final class CommitteeForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Messages messages;
    private final TextField name;
    private final TextArea mission;
    private final TextField frequency;
    private final TextArea mandates;
    private final VerticalLayout members = new VerticalLayout();
    private final Button addMember;
    private final List<MemberRow> rows = new ArrayList<>();

    private transient Committee committee;
    private transient List<Organization> listed = List.of();
    private transient List<Organization> choices = List.of();
    private boolean editable = true;
    private int created;

    CommitteeForm(Messages messages) {
        this.messages = messages;
        setId("committee-form");
        setPadding(false);
        name = new TextField(messages.get("committees.field.name"));
        name.setId("committee-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(500);
        name.setWidthFull();
        mission = new TextArea(messages.get("committees.field.mission"));
        mission.setId("committee-mission");
        mission.setWidthFull();
        frequency = new TextField(messages.get("committees.field.frequency"));
        frequency.setId("committee-frequency");
        frequency.setHelperText(messages.get("committees.field.frequency.help"));
        frequency.setWidth("min(28rem, 100%)");
        mandates = new TextArea(messages.get("committees.field.mandates"));
        mandates.setId("committee-mandates");
        mandates.setHelperText(messages.get("editor.field.lines.help"));
        mandates.setWidthFull();
        H4 membersHeading = new H4(messages.get("committees.members"));
        membersHeading.setId("committee-members-heading");
        members.setId("committee-members");
        members.setPadding(false);
        addMember = new Button(messages.get("committees.addMember"), e -> addRow(null).name.focus());
        addMember.setId("committee-add-member");
        add(name, mission, frequency, mandates, membersHeading, members, addMember);
    }

    /**
     * Shows a committee, or empty fields for a new one ({@code shown} null), with the plan's organizations
     * and the directory's to pick from.
     */
    void edit(Committee shown, List<Organization> organizations, List<ca.concerto.plan.api.Organization> directory) {
        this.committee = shown;
        this.listed = List.copyOf(organizations);
        List<Organization> all = new ArrayList<>(listed);
        all.addAll(ItemForm.notListed(listed, directory));
        this.choices = List.copyOf(all);
        name.setInvalid(false);
        name.setValue(shown == null ? "" : shown.name());
        mission.setValue(shown == null || shown.mission() == null ? "" : shown.mission());
        frequency.setValue(shown == null || shown.meetingFrequency() == null ? "" : shown.meetingFrequency());
        mandates.setValue(shown == null ? "" : String.join("\n", shown.mandates()));
        rows.clear();
        members.removeAll();
        if (shown != null) {
            shown.members().forEach(this::addRow);
        }
        setEditable(editable);
    }

    private MemberRow addRow(CommitteeMember member) {
        MemberRow row = new MemberRow(created++);
        rows.add(row);
        members.add(row);
        row.show(member);
        row.setEditable(editable);
        return row;
    }

    /** The committee as the fields now say, or null when a field is wrong; each wrong field then says why. */
    Committee read() {
        name.setInvalid(false);
        rows.forEach(r -> r.name.setInvalid(false));
        boolean valid = true;
        if (name.getValue().isBlank()) {
            name.setErrorMessage(messages.get("committees.error.nameRequired"));
            name.setInvalid(true);
            valid = false;
        }
        List<CommitteeMember> read = new ArrayList<>();
        for (MemberRow row : rows) {
            CommitteeMember member = row.read();
            if (member == null) {
                valid = false;
            } else {
                read.add(member);
            }
        }
        if (!valid) {
            return null;
        }
        Committee c = committee;
        // a key nobody chose before: meetings and projects of the plan refer to committees by it
        String key = c == null ? "c-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) : c.key();
        return new Committee(key, c == null ? null : c.annex(), name.getValue().strip(), blankToNull(mission.getValue()),
                c == null ? List.of() : c.context(), ItemForm.splitLines(mandates.getValue()),
                c == null ? List.of() : c.objectives(), c == null ? List.of() : c.means(),
                blankToNull(frequency.getValue()), read, c == null ? List.of() : c.notes());
    }

    /** The organizations picked for members that the plan does not list yet (from the directory). */
    List<Organization> newOrganizations() {
        Set<String> keys = new HashSet<>();
        listed.forEach(o -> keys.add(o.key()));
        return rows.stream().map(r -> r.organization.getValue()).filter(Objects::nonNull)
                .filter(o -> keys.add(o.key())).toList();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        name.setReadOnly(!editable);
        mission.setReadOnly(!editable);
        frequency.setReadOnly(!editable);
        mandates.setReadOnly(!editable);
        addMember.setVisible(editable);
        rows.forEach(r -> r.setEditable(editable));
    }

    TextField nameField() {
        return name;
    }

    TextField frequencyField() {
        return frequency;
    }

    int memberCount() {
        return rows.size();
    }

    MemberRow member(int index) {
        return rows.get(index);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One member's fields on one line, wrapping on narrow screens. */
    final class MemberRow extends FlexLayout {
        private static final long serialVersionUID = 1L;
        final TextField name = new TextField(messages.get("committees.member.name"));
        final ComboBox<Organization> organization = new ComboBox<>(messages.get("committees.member.organization"));
        final TextField affiliation = new TextField(messages.get("committees.member.affiliation"));
        final TextField role = new TextField(messages.get("committees.member.role"));
        final Select<MemberStatus> status = new Select<>();
        final Button remove;

        MemberRow(int number) {
            String id = "committee-member-" + number;
            setId(id);
            name.setId(id + "-name");
            name.setRequiredIndicatorVisible(true);
            organization.setId(id + "-organization");
            organization.setItems(choices);
            organization.setItemLabelGenerator(ItemForm::label);
            organization.setClearButtonVisible(true);
            // what the plan writes after the name follows the organization picked, unless typed otherwise
            organization.addValueChangeListener(e -> {
                if (e.isFromClient() && (affiliation.isEmpty()
                        || (e.getOldValue() != null && affiliation.getValue().equals(e.getOldValue().name())))) {
                    affiliation.setValue(e.getValue() == null ? "" : e.getValue().name());
                }
            });
            affiliation.setId(id + "-affiliation");
            affiliation.setHelperText(messages.get("committees.member.affiliation.help"));
            role.setId(id + "-role");
            status.setId(id + "-status");
            status.setLabel(messages.get("committees.member.status"));
            status.setItems(MemberStatus.values());
            status.setItemLabelGenerator(s -> messages.get("committees.member.status." + s.name()));
            remove = new Button(messages.get("committees.member.remove"), e -> removeRow(this));
            remove.setId(id + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setFlexWrap(FlexWrap.WRAP);
            setAlignItems(Alignment.BASELINE);
            // one member's fields read as one group, apart from the next member's
            getElement().setAttribute("role", "group");
            getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                    .set("padding-bottom", "var(--lumo-space-s)")
                    .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
            add(name, organization, affiliation, role, status, remove);
        }

        void show(CommitteeMember member) {
            name.setValue(member == null ? "" : member.name());
            organization.setValue(member == null || member.organizationKey() == null ? null
                    : choices.stream().filter(o -> o.key().equals(member.organizationKey())).findFirst().orElse(null));
            affiliation.setValue(member == null || member.affiliation() == null ? "" : member.affiliation());
            role.setValue(member == null || member.role() == null ? "" : member.role());
            status.setValue(member == null ? MemberStatus.MEMBER : member.status());
            updateLabels();
            name.addValueChangeListener(e -> updateLabels());
        }

        private void updateLabels() {
            // the button and the group say whom they are about, for screen readers among several "Retirer"
            String who = name.getValue().isBlank() ? messages.get("committees.member.unnamed") : name.getValue().strip();
            remove.setAriaLabel(messages.format("committees.member.remove.aria", who));
            getElement().setAttribute("aria-label", messages.format("committees.member.group", who));
        }

        CommitteeMember read() {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(messages.get("committees.error.memberNameRequired"));
                name.setInvalid(true);
                return null;
            }
            Organization picked = organization.getValue();
            return new CommitteeMember(name.getValue().strip(), blankToNull(affiliation.getValue()),
                    picked == null ? null : picked.key(), blankToNull(role.getValue()), status.getValue());
        }

        void setEditable(boolean editable) {
            name.setReadOnly(!editable);
            organization.setReadOnly(!editable);
            affiliation.setReadOnly(!editable);
            role.setReadOnly(!editable);
            status.setReadOnly(!editable);
            remove.setVisible(editable);
        }
    }

    private void removeRow(MemberRow row) {
        int at = rows.indexOf(row);
        rows.remove(row);
        members.remove(row);
        // focus goes where the removed line was, not back to the top of the page
        if (rows.isEmpty()) {
            addMember.focus();
        } else {
            rows.get(Math.min(at, rows.size() - 1)).name.focus();
        }
    }
}
