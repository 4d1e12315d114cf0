package ca.concerto.ui.cycle.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.Attendee;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.ConsultationAnswer;
import ca.concerto.cycle.api.ConsultationInput;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CycleNotFoundException;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.InvalidCyclePhaseException;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.cycle.api.ProgressReport;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskAlreadyClaimedException;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.TaskNotReadyException;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * One cycle of a plan d'action at {@code cycle/<id>}: where it stands, the user's open tasks on its
 * plan, and a section per step (consultation, rencontres, comité de rédaction, commentaires,
 * révision, suivi and bilan annuel), the current step's opened. Forms show only to those who may
 * use them, in the step that allows them.
 */
public class CycleView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final System.Logger LOG = System.getLogger(CycleView.class.getName());

    private static final long serialVersionUID = 1L;

    /** The steps shown in the cycle's progress, in order (a rejected plan shows its own). */
    private static final List<CyclePhase> STEPS = List.of(CyclePhase.CONSULTATION, CyclePhase.MEETINGS,
            CyclePhase.DRAFTING, CyclePhase.COMMENTS, CyclePhase.REVIEW, CyclePhase.ADOPTION,
            CyclePhase.PUBLICATION, CyclePhase.FOLLOW_UP, CyclePhase.CLOSED);

    /** Rencontres are recorded while the plan is written: consultation to review. */
    private static final Set<CyclePhase> MEETING_PHASES = EnumSet.of(CyclePhase.CONSULTATION, CyclePhase.MEETINGS,
            CyclePhase.DRAFTING, CyclePhase.COMMENTS, CyclePhase.REVIEW);

    private final transient PlanCycleService cycleService;
    private final transient PlanService planService;
    private final transient PlanDocumentService documentService;
    private final transient IdentityService identityService;
    private final transient TaskInbox taskInbox;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private String pageTitle;
    private transient PlanCycle cycle;
    private transient Map<Long, Organization> organizations = Map.of();
    private transient Map<String, UserAccount> users = Map.of();

    public CycleView(PlanCycleService cycleService, PlanService planService, PlanDocumentService documentService,
                     IdentityService identityService, TaskInbox taskInbox, ViewContext context) {
        this.cycleService = cycleService;
        this.planService = planService;
        this.documentService = documentService;
        this.identityService = identityService;
        this.taskInbox = taskInbox;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("screen.cycle.title"));
        setId("cycle-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long cycleId) {
        show(cycleId);
    }

    /** Shows the cycle with that id of the user's regroupement, or "Cycle introuvable". */
    public void show(Long cycleId) {
        removeAll();
        Optional<PlanCycle> found = cycleId == null ? Optional.empty()
                : cycleService.cycle(user.regroupementId(), cycleId);
        if (found.isEmpty()) {
            cycle = null;
            H2 heading = new H2(messages.get("cycle.notFound"));
            heading.setId("cycle-not-found");
            Anchor back = new Anchor(Routes.CYCLES, messages.get("cycle.backToCycles"));
            back.setId("cycle-back");
            back.getElement().setAttribute("router-link", true);
            add(heading, back);
            return;
        }
        cycle = found.get();
        organizations = planService.organizations(user.regroupementId()).stream()
                .collect(Collectors.toMap(Organization::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        users = identityService.usersOf(user.regroupementId()).stream()
                .collect(Collectors.toMap(UserAccount::username, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        render();
    }

    private void reload() {
        show(cycle == null ? null : cycle.id());
    }

    private boolean facilitator() {
        return user.hasRole(Role.FACILITATOR);
    }

    private CyclePhase phase() {
        return cycle.phase();
    }

    // ---- header -----------------------------------------------------------------------------------

    private void render() {
        Optional<PlanSummary> plan = planService.findSummary(user.regroupementId(), cycle.planId());
        String title = plan.map(PlanSummary::title).orElseGet(() -> messages.format("cycles.planNumber", cycle.planId()));
        pageTitle = messages.format("page.title", title);

        Anchor back = new Anchor(Routes.CYCLES, messages.get("cycle.backToCycles"));
        back.setId("cycle-back");
        back.getElement().setAttribute("router-link", true);
        H2 heading = new H2(title);
        heading.setId("cycle-plan-title");
        add(back, heading);

        add(Ui.labelValue(messages, "cycle-period", "cycle.period", cycle.period()));
        add(Ui.labelValue(messages, "cycle-phase", "cycle.phase", messages.phase(phase())));
        add(Ui.labelValue(messages, "cycle-body", "cycle.body", messages.body(cycle.adoptingBody())));
        if (cycle.consultationDeadline() != null) {
            add(Ui.labelValue(messages, "cycle-consultation-deadline-text", "cycle.consultationDeadline",
                    messages.date(cycle.consultationDeadline())));
        }
        if (cycle.commentDeadline() != null) {
            add(Ui.labelValue(messages, "cycle-comment-deadline-text", "cycle.commentDeadline",
                    messages.date(cycle.commentDeadline())));
        }
        if (cycle.previousPlanId() != null) {
            String previous = planService.findSummary(user.regroupementId(), cycle.previousPlanId())
                    .map(PlanSummary::title)
                    .orElseGet(() -> messages.format("cycles.planNumber", cycle.previousPlanId()));
            Paragraph carried = new Paragraph(messages.format("cycle.carriedOver", previous,
                    cycle.carriedOverItemKeys().size()));
            carried.setId("cycle-carried-over");
            add(carried);
        } else {
            Paragraph template = new Paragraph(messages.get("cycle.fromTemplate"));
            template.setId("cycle-from-template");
            add(template);
        }
        Anchor planLink = new Anchor("plan/" + cycle.planId(), messages.get("cycle.openPlan"));
        planLink.setId("cycle-plan-link");
        planLink.getElement().setAttribute("router-link", true);
        add(planLink);

        add(steps());
        add(tasksSection());
        add(consultationSection(), meetingsSection(), committeeSection(), commentsSection(), reviewSection());
        if (EnumSet.of(CyclePhase.PUBLICATION, CyclePhase.FOLLOW_UP, CyclePhase.CLOSED).contains(phase())) {
            add(followUpSection());
        }
    }

    /** The steps of the cycle in words: done, current, to come (never by colour alone). */
    private Component steps() {
        OrderedList list = new OrderedList();
        list.setId("cycle-steps");
        list.getElement().setAttribute("aria-label", messages.get("cycle.steps"));
        List<CyclePhase> steps = new ArrayList<>(STEPS);
        if (phase() == CyclePhase.REJECTED) {
            steps = new ArrayList<>(STEPS.subList(0, STEPS.indexOf(CyclePhase.ADOPTION) + 1));
            steps.add(CyclePhase.REJECTED);
        }
        int current = steps.indexOf(phase());
        for (int i = 0; i < steps.size(); i++) {
            String state = i < current ? "cycle.step.done" : i == current ? "cycle.step.current" : "cycle.step.toCome";
            ListItem item = new ListItem(messages.format("cycle.step", messages.phase(steps.get(i)),
                    messages.get(state)));
            item.setId("cycle-step-" + steps.get(i).name());
            if (i == current) {
                item.getElement().setAttribute("aria-current", "step");
                item.getStyle().set("font-weight", "bold");
            }
            list.add(item);
        }
        return list;
    }

    private Details section(String id, String summaryKey, boolean opened, Component... content) {
        VerticalLayout body = new VerticalLayout(content);
        body.setPadding(false);
        Details details = new Details(messages.get(summaryKey), body);
        details.setId(id);
        details.setOpened(opened);
        details.setWidthFull();
        return details;
    }

    /** A closed section whose content is made when it is first opened. */
    private Details lazySection(String id, String summaryKey, Supplier<Component> content) {
        Details details = section(id, summaryKey, false);
        VerticalLayout body = (VerticalLayout) details.getContent().findFirst().orElseThrow();
        details.addOpenedChangeListener(event -> {
            if (event.isOpened() && body.getComponentCount() == 0) {
                body.add(content.get());
            }
        });
        return details;
    }

    // ---- tasks ------------------------------------------------------------------------------------

    private Component tasksSection() {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("cycle-tasks");
        layout.setPadding(false);
        H3 heading = new H3(messages.get("tasks.heading"));
        heading.setId("cycle-tasks-heading");
        layout.add(heading);
        // this plan's tasks only, asked of the engine: a board member may hold many plans' tasks
        List<WorkflowTask> tasks = new ArrayList<>(taskInbox.tasksFor(user, TaskFilterCriteria.ALL.withPlanId(cycle.planId())));
        tasks.sort(Comparator.comparing(WorkflowTask::createdAt, Comparator.nullsLast(Comparator.naturalOrder())));
        if (tasks.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("tasks.empty"));
            empty.setId("cycle-tasks-empty");
            layout.add(empty);
            return layout;
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            WorkflowTask task = tasks.get(i);
            String key = task.kind() == null || task.kind().taskDefinitionKey() == null ? "task" + i
                    : task.kind().taskDefinitionKey();
            if (!used.add(key)) {
                key = key + "-" + i;
            }
            layout.add(taskRow(task, "cycle-task-" + key));
        }
        return layout;
    }

    private String taskName(WorkflowTask task) {
        return task.kind() == null || task.kind() == TaskKind.OTHER ? task.name() : messages.taskKind(task.kind());
    }

    private Component taskRow(WorkflowTask task, String id) {
        VerticalLayout row = new VerticalLayout();
        row.setId(id);
        row.setPadding(false);
        row.setSpacing(false);
        Span name = new Span(taskName(task));
        name.setId(id + "-name");
        name.getStyle().set("font-weight", "bold");
        row.add(name);
        if (task.kind() != null && messages.has("task.help." + task.kind().name())) {
            Span help = new Span(messages.get("task.help." + task.kind().name()));
            help.setId(id + "-help");
            row.add(help);
        }
        Span error = Ui.errorLine(id + "-error");
        Map<String, HasValidation> fields = new HashMap<>();
        HorizontalLayout controls = new HorizontalLayout();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        TaskKind kind = task.kind() == null ? TaskKind.OTHER : task.kind();
        switch (kind) {
            case BOARD_DECISION -> {
                Button open = new Button(messages.get("task.openDecision"),
                        e -> context.navigator().accept(Routes.decision(task.id())));
                open.setId(id + "-open");
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                controls.add(open);
            }
            case HOLD_MEETINGS -> {
                Checkbox another = new Checkbox(messages.get("task.anotherMeeting"));
                another.setId(id + "-another-meeting");
                Button complete = new Button(messages.get("task.complete"), e -> {
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("anotherMeeting", another.getValue());
                    complete(task, form, fields, error);
                });
                complete.setId(id + "-complete");
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                controls.add(another, complete);
            }
            case PUBLISH_PLAN -> {
                DatePicker publishedOn = new DatePicker(messages.get("task.publishedOn"));
                publishedOn.setId(id + "-published-on");
                Ui.dateField(publishedOn, messages);
                publishedOn.setRequiredIndicatorVisible(true);
                publishedOn.setValue(LocalDate.now(Messages.QUEBEC_ZONE));
                fields.put("publishedOn", publishedOn);
                Button complete = new Button(messages.get("task.publish"), e -> {
                    if (publishedOn.getValue() == null) {
                        publishedOn.setInvalid(true);
                        publishedOn.setErrorMessage(messages.get("task.error.publishedOn"));
                        return;
                    }
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("publishedOn", publishedOn.getValue().toString());
                    complete(task, form, fields, error);
                });
                complete.setId(id + "-complete");
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                controls.add(publishedOn, complete);
            }
            default -> {
                Button complete = new Button(messages.get("task.complete"), e -> complete(task, Map.of(), fields, error));
                complete.setId(id + "-complete");
                controls.add(complete);
            }
        }
        row.add(controls, error);
        return row;
    }

    /** Completes a task with its form; errors show beside their fields. */
    void complete(WorkflowTask task, Map<String, Object> form, Map<String, HasValidation> fields, Span error) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            taskInbox.complete(user, task.id(), form);
        } catch (FormValidationException e) {
            List<String> unplaced = new ArrayList<>();
            e.errors().forEach((field, message) -> {
                HasValidation component = fields.get(field);
                if (component != null) {
                    component.setInvalid(true);
                    component.setErrorMessage(message);
                } else {
                    unplaced.add(message);
                }
            });
            Ui.showError(error, unplaced.isEmpty() ? messages.get("form.fixErrors") : String.join(" ", unplaced));
            context.error().accept(messages.get("form.fixErrors"));
            return;
        } catch (TaskNotFoundException e) {
            context.error().accept(messages.get("task.error.gone"));
            reload();
            return;
        } catch (TaskAlreadyClaimedException e) {
            String holder = Optional.ofNullable(users.get(e.holder())).map(Ui::name).orElse(e.holder());
            Ui.showError(error, messages.format("task.error.claimed", holder));
            context.error().accept(messages.format("task.error.claimed", holder));
            return;
        } catch (SecurityException e) {
            Ui.showError(error, messages.get("error.role"));
            context.error().accept(messages.get("error.role"));
            return;
        } catch (RuntimeException e) {
            String message = failure(e, "task.error.failed");
            Ui.showError(error, message);
            context.error().accept(message);
            return;
        }
        context.success().accept(messages.format("task.done", taskName(task)));
        reload();
    }

    /** A service refusal in words: the cycle's step, the role, what the task still needs, or the action's own message. */
    private String failure(RuntimeException e, String fallbackKey) {
        Optional<InvalidCyclePhaseException> phase = Ui.cause(e, InvalidCyclePhaseException.class);
        if (phase.isPresent()) {
            return messages.format("error.phase", messages.phase(phase.get().actual()));
        }
        Optional<TaskNotReadyException> notReady = Ui.cause(e, TaskNotReadyException.class);
        if (notReady.isPresent()) {
            return messages.get("task.notReady." + notReady.get().reason().name());
        }
        if (Ui.cause(e, SecurityException.class).isPresent()) {
            return messages.get("error.role");
        }
        // unexpected: the user gets the general message, the log keeps the cause
        LOG.log(System.Logger.Level.WARNING, "Cycle " + (cycle == null ? "?" : cycle.id()) + ": action refused", e);
        return messages.get(fallbackKey);
    }

    /**
     * Runs a write of the cycle; on success tells the user and shows the cycle again, otherwise
     * shows why beside the form.
     */
    private boolean attempt(Runnable write, Span error, String refusedKey, String successMessage) {
        try {
            write.run();
        } catch (CycleNotFoundException e) {
            context.error().accept(messages.get("cycle.notFound"));
            reload();
            return false;
        } catch (IllegalArgumentException e) {
            Ui.showError(error, messages.get(refusedKey));
            return false;
        } catch (RuntimeException e) {
            String message = failure(e, "error.failed");
            Ui.showError(error, message);
            context.error().accept(message);
            return false;
        }
        context.success().accept(successMessage);
        reload();
        return true;
    }

    // ---- consultation ---------------------------------------------------------------------------

    private Component consultationSection() {
        List<ConsultationAnswer> answers = cycleService.consultation(user.regroupementId(), cycle.id());
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        boolean open = phase() == CyclePhase.CONSULTATION;

        long answered = answers.stream().filter(ConsultationAnswer::answered).count();
        Paragraph summary = new Paragraph(messages.format("consultation.summary", answers.size(), answered));
        summary.setId("cycle-answers-summary");
        content.add(summary);

        VerticalLayout list = new VerticalLayout();
        list.setId("cycle-answers");
        list.setPadding(false);
        if (answers.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("consultation.none"));
            empty.setId("cycle-answers-empty");
            list.add(empty);
        }
        for (ConsultationAnswer answer : answers) {
            long orgId = answer.organization().id();
            VerticalLayout block = new VerticalLayout();
            block.setId("cycle-answer-" + orgId);
            block.setPadding(false);
            block.setSpacing(false);
            Span name = new Span(answer.organization().name());
            name.setId("cycle-answer-" + orgId + "-name");
            name.getStyle().set("font-weight", "bold");
            Span status = new Span(answer.answered()
                    ? messages.format("consultation.answered", answer.inputs().size())
                    : messages.get("consultation.notAnswered"));
            status.setId("cycle-answer-" + orgId + "-status");
            block.add(name, status);
            for (int i = 0; i < answer.inputs().size(); i++) {
                ConsultationInput input = answer.inputs().get(i);
                Paragraph text = new Paragraph(messages.format("consultation.input", messages.date(input.submittedAt()),
                        input.text()));
                text.setId("cycle-answer-" + orgId + "-input-" + i);
                text.getStyle().set("white-space", "pre-line");
                block.add(text);
            }
            list.add(block);
        }
        content.add(list);

        if (facilitator() && open) {
            Set<Long> invited = answers.stream().map(a -> a.organization().id()).collect(Collectors.toSet());
            H4 inviteHeading = new H4(messages.get("consultation.invite.heading"));
            MultiSelectComboBox<Organization> invite = new MultiSelectComboBox<>(messages.get("consultation.invite"));
            invite.setId("cycle-invite-organizations");
            invite.setItems(organizations.values().stream().filter(o -> !invited.contains(o.id())).toList());
            invite.setItemLabelGenerator(o -> messages.format("organization.label", o.name(),
                    messages.get("organization.kind." + o.kind().name())));
            invite.setWidthFull();
            Span inviteError = Ui.errorLine("cycle-invite-error");
            Button inviteButton = new Button(messages.get("consultation.invite.submit"), e -> {
                if (invite.getValue().isEmpty()) {
                    invite.setInvalid(true);
                    invite.setErrorMessage(messages.get("consultation.invite.error.none"));
                    return;
                }
                List<Long> ids = invite.getValue().stream().map(Organization::id).sorted().toList();
                attempt(() -> cycleService.invite(user.regroupementId(), cycle.id(), ids, user.username()),
                        inviteError, "consultation.invite.error.refused",
                        messages.format("consultation.invite.done", ids.size()));
            });
            inviteButton.setId("cycle-invite-submit");
            content.add(inviteHeading, invite, inviteError, inviteButton);

            if (!answers.isEmpty()) {
                H4 inputHeading = new H4(messages.get("consultation.input.heading"));
                Select<Organization> organization = new Select<>();
                organization.setLabel(messages.get("consultation.input.organization"));
                organization.setId("cycle-input-organization");
                organization.setItems(answers.stream().map(ConsultationAnswer::organization).toList());
                organization.setItemLabelGenerator(Organization::name);
                TextArea text = new TextArea(messages.get("consultation.input.text"));
                text.setId("cycle-input-text");
                text.setHelperText(messages.get("consultation.input.text.helper"));
                text.setWidthFull();
                Span inputError = Ui.errorLine("cycle-input-error");
                Button submit = new Button(messages.get("consultation.input.submit"), e -> {
                    boolean valid = true;
                    organization.setInvalid(organization.getValue() == null);
                    organization.setErrorMessage(organization.getValue() == null
                            ? messages.get("consultation.input.error.organization") : null);
                    valid &= organization.getValue() != null;
                    boolean blank = text.getValue() == null || text.getValue().isBlank();
                    text.setInvalid(blank);
                    text.setErrorMessage(blank ? messages.get("consultation.input.error.text") : null);
                    valid &= !blank;
                    if (!valid) {
                        return;
                    }
                    Organization chosen = organization.getValue();
                    attempt(() -> cycleService.submitInput(user.regroupementId(), cycle.id(), chosen.id(),
                                    text.getValue().strip(), user.username()),
                            inputError, "consultation.input.error.refused",
                            messages.format("consultation.input.done", chosen.name()));
                });
                submit.setId("cycle-input-submit");
                content.add(inputHeading, organization, text, inputError, submit);
            }
        }
        return section("cycle-section-consultation", "section.consultation", open, content);
    }

    // ---- rencontres -------------------------------------------------------------------------------

    private Component meetingsSection() {
        List<CycleMeeting> meetings = cycleService.meetings(user.regroupementId(), cycle.id()).stream()
                .filter(m -> m.kind() == MeetingKind.RENCONTRE)
                .sorted(Comparator.comparingInt(CycleMeeting::number)).toList();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        if (meetings.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("meetings.none"));
            empty.setId("cycle-meetings-empty");
            content.add(empty);
        }
        for (CycleMeeting meeting : meetings) {
            content.add(meetingBlock("cycle-meeting-" + meeting.number(), "meetings.title", meeting));
        }
        if (facilitator() && MEETING_PHASES.contains(phase())) {
            H4 heading = new H4(messages.get("meetings.record"));
            heading.setId("cycle-meeting-form-heading");
            MeetingForm[] form = new MeetingForm[1];
            form[0] = new MeetingForm("cycle-meeting", messages, List.copyOf(organizations.values()), true,
                    record -> recordMeeting(MeetingKind.RENCONTRE, record, form[0]));
            content.add(heading, form[0]);
        }
        return section("cycle-section-meetings", "section.meetings", phase() == CyclePhase.MEETINGS, content);
    }

    private boolean recordMeeting(MeetingKind kind, MeetingRecord record, MeetingForm form) {
        String done = kind == MeetingKind.RENCONTRE ? "meetings.done" : "followUp.meeting.done";
        return attempt(() -> cycleService.recordMeeting(user.regroupementId(), cycle.id(), kind, record,
                user.username()), form.errorLine(), "meetings.error.refused",
                messages.format(done, messages.date(record.date())));
    }

    private Component meetingBlock(String id, String titleKey, CycleMeeting meeting) {
        VerticalLayout block = new VerticalLayout();
        block.setId(id);
        block.setPadding(false);
        block.setSpacing(false);
        H4 title = new H4(messages.format(titleKey, meeting.number(), messages.date(meeting.date())));
        title.setId(id + "-title");
        block.add(title);
        if (!meeting.goals().isEmpty()) {
            block.add(new Span(messages.get("meeting.goals")), list(id + "-goals", meeting.goals()));
        }
        List<String> attendees = meeting.attendees().stream().map(this::attendee).toList();
        block.add(new Span(messages.get("meeting.attendees")));
        if (attendees.isEmpty()) {
            Span none = new Span(messages.get("meeting.noAttendees"));
            none.setId(id + "-attendees");
            block.add(none);
        } else {
            block.add(list(id + "-attendees", attendees));
        }
        if (meeting.minutes() != null) {
            Paragraph minutes = Ui.labelValue(messages, id + "-minutes", "meeting.minutes", meeting.minutes());
            minutes.getStyle().set("white-space", "pre-line");
            block.add(minutes);
        }
        if (!meeting.decisions().isEmpty()) {
            block.add(new Span(messages.get("meeting.decisions")), list(id + "-decisions", meeting.decisions()));
        }
        return block;
    }

    private String attendee(Attendee attendee) {
        if (attendee.organizationId() == null) {
            return messages.format("meeting.attendee.ownName", attendee.person());
        }
        Organization organization = organizations.get(attendee.organizationId());
        return messages.format("meeting.attendee.withOrganization", attendee.person(),
                organization == null ? "#" + attendee.organizationId() : organization.name());
    }

    private static UnorderedList list(String id, List<String> texts) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        texts.forEach(t -> list.add(new ListItem(t)));
        return list;
    }

    // ---- comité de rédaction ------------------------------------------------------------------------

    private Component committeeSection() {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph current = new Paragraph(cycle.draftingCommittee().isEmpty() ? messages.get("committee.none")
                : messages.format("committee.members", cycle.draftingCommittee().stream().map(this::userName)
                        .collect(Collectors.joining(", "))));
        current.setId("cycle-committee-current");
        content.add(current);
        if (facilitator() && EnumSet.of(CyclePhase.CONSULTATION, CyclePhase.MEETINGS, CyclePhase.DRAFTING)
                .contains(phase())) {
            MultiSelectComboBox<UserAccount> members = new MultiSelectComboBox<>(messages.get("committee.choose"));
            members.setId("cycle-committee-members");
            // open accounts to choose from; a member whose account was closed since still shows, to be removed
            members.setItems(users.values().stream()
                    .filter(u -> u.active() || cycle.draftingCommittee().contains(u.username())).toList());
            members.setItemLabelGenerator(Ui::name);
            members.setWidthFull();
            members.setRequiredIndicatorVisible(true);
            members.setValue(cycle.draftingCommittee().stream().map(users::get).filter(Objects::nonNull)
                    .collect(Collectors.toSet()));
            DatePicker deadline = new DatePicker(messages.get("committee.commentDeadline"));
            deadline.setId("cycle-comment-deadline");
            deadline.setHelperText(messages.get("committee.commentDeadline.helper"));
            Ui.dateField(deadline, messages);
            deadline.setRequiredIndicatorVisible(true);
            deadline.setValue(cycle.commentDeadline());
            Span error = Ui.errorLine("cycle-committee-error");
            Button save = new Button(messages.get("committee.save"), e -> {
                boolean valid = true;
                members.setInvalid(members.getValue().isEmpty());
                members.setErrorMessage(members.getValue().isEmpty() ? messages.get("committee.error.members") : null);
                valid &= !members.getValue().isEmpty();
                LocalDate due = deadline.getValue();
                String dateError = due == null ? "committee.error.deadline"
                        : due.isBefore(LocalDate.now(Messages.QUEBEC_ZONE)) ? "committee.error.deadlinePast" : null;
                deadline.setInvalid(dateError != null);
                deadline.setErrorMessage(dateError == null ? null : messages.get(dateError));
                valid &= dateError == null;
                if (!valid) {
                    return;
                }
                // In the order people appear in the list, so the record reads the same every time
                List<String> usernames = users.keySet().stream()
                        .filter(u -> members.getValue().stream().anyMatch(m -> m.username().equals(u))).toList();
                attempt(() -> cycleService.nameDraftingCommittee(user.regroupementId(), cycle.id(), usernames, due),
                        error, "committee.error.refused", messages.get("committee.done"));
            });
            save.setId("cycle-committee-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(members, deadline, error, save);
        }
        return section("cycle-section-committee", "section.committee", phase() == CyclePhase.DRAFTING, content);
    }

    private String userName(String username) {
        UserAccount account = users.get(username);
        return account == null ? username : Ui.name(account);
    }

    // ---- commentaires ----------------------------------------------------------------------------

    private Component commentsSection() {
        boolean open = phase() == CyclePhase.COMMENTS;
        // a block per item of the plan: made when first opened outside the comment period
        return open ? section("cycle-section-comments", "section.comments", true, commentsContent())
                : lazySection("cycle-section-comments", "section.comments", this::commentsContent);
    }

    private Component commentsContent() {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Optional<PlanDocument> document = documentService.document(user.regroupementId(), cycle.planId());
        List<ItemComment> comments = cycleService.comments(user.regroupementId(), cycle.id());
        Map<String, List<ItemComment>> byItem = comments.stream()
                .collect(Collectors.groupingBy(ItemComment::itemKey, LinkedHashMap::new, Collectors.toList()));
        List<PlanItem> items = document.map(PlanDocument::allItems).orElse(List.of());
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("comments.noItems"));
            empty.setId("cycle-items-empty");
            content.add(empty);
        }
        VerticalLayout tree = new VerticalLayout();
        tree.setId("cycle-items");
        tree.setPadding(false);
        tree.setSpacing(false);
        for (PlanItem item : items) {
            String id = "cycle-item-" + Ui.idPart(item.key());
            VerticalLayout block = new VerticalLayout();
            block.setId(id);
            block.setPadding(false);
            block.setSpacing(false);
            block.getStyle().set("padding-left", (item.level() * 1.5) + "em");
            Span title = new Span(itemLabel(item));
            title.setId(id + "-title");
            if (item.level() == 0) {
                title.getStyle().set("font-weight", "bold");
            }
            block.add(title);
            for (ItemComment comment : byItem.getOrDefault(item.key(), List.of())) {
                Paragraph line = new Paragraph(commentText(comment));
                line.setId("cycle-comment-" + comment.id());
                line.getStyle().set("margin", "0 0 0 1em").set("white-space", "pre-line");
                block.add(line);
            }
            tree.add(block);
        }
        content.add(tree);

        if (phase() == CyclePhase.COMMENTS && !items.isEmpty()) {
            content.add(commentForm(items));
        }
        return content;
    }

    private String itemLabel(PlanItem item) {
        return item.number() == null ? item.title() : messages.format("item.label", item.number(), item.title());
    }

    private String commentText(ItemComment comment) {
        return commentText(comment, true);
    }

    /** The comment as people read it; with its status, except where the status has a line of its own. */
    private String commentText(ItemComment comment, boolean withStatus) {
        StringBuilder text = new StringBuilder(messages.format("comment.line", messages.commentKind(comment.kind()),
                userName(comment.author()), messages.date(comment.createdAt()),
                comment.text() == null ? "" : comment.text()));
        if (comment.proposal() != null) {
            text.append('\n').append(messages.format("comment.proposal", comment.proposal().title()));
            if (comment.proposal().description() != null) {
                text.append('\n').append(messages.format("comment.proposal.description",
                        comment.proposal().description()));
            }
        }
        if (withStatus) {
            text.append('\n').append(messages.format("labelValue", messages.get("comment.status"),
                    messages.commentStatus(comment.status())));
            if (comment.reason() != null) {
                text.append(" – ").append(comment.reason());
            }
        }
        return text.toString();
    }

    private Component commentForm(List<PlanItem> items) {
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.setId("cycle-comment-form");
        H4 heading = new H4(messages.get("comments.form.heading"));
        ComboBox<PlanItem> item = new ComboBox<>(messages.get("comments.form.item"));
        item.setId("cycle-comment-item");
        item.setItems(items);
        item.setItemLabelGenerator(this::itemLabel);
        item.setWidthFull();
        item.setRequiredIndicatorVisible(true);
        Select<CommentKind> kind = new Select<>();
        kind.setId("cycle-comment-kind");
        kind.setLabel(messages.get("comments.form.kind"));
        kind.setItems(CommentKind.values());
        kind.setItemLabelGenerator(messages::commentKind);
        kind.setValue(CommentKind.COMMENT);
        TextArea text = new TextArea(messages.get("comments.form.text"));
        text.setId("cycle-comment-text");
        text.setWidthFull();
        text.setRequiredIndicatorVisible(true);
        TextField proposalTitle = new TextField(messages.get("comments.form.proposalTitle"));
        proposalTitle.setId("cycle-comment-proposal-title");
        proposalTitle.setWidthFull();
        proposalTitle.setRequiredIndicatorVisible(true);
        TextArea proposalDescription = new TextArea(messages.get("comments.form.proposalDescription"));
        proposalDescription.setId("cycle-comment-proposal-description");
        proposalDescription.setHelperText(messages.get("comments.form.proposalDescription.helper"));
        proposalDescription.setWidthFull();
        proposalTitle.setVisible(false);
        proposalDescription.setVisible(false);
        kind.addValueChangeListener(e -> {
            boolean proposal = e.getValue() == CommentKind.PROPOSED_CHANGE;
            proposalTitle.setVisible(proposal);
            proposalDescription.setVisible(proposal);
            text.setLabel(messages.get(proposal ? "comments.form.reason" : "comments.form.text"));
            if (proposal && item.getValue() != null && proposalTitle.isEmpty()) {
                proposalTitle.setValue(item.getValue().title());
            }
        });
        item.addValueChangeListener(e -> {
            if (kind.getValue() == CommentKind.PROPOSED_CHANGE && e.getValue() != null && proposalTitle.isEmpty()) {
                proposalTitle.setValue(e.getValue().title());
            }
        });
        Span error = Ui.errorLine("cycle-comment-error");
        Button save = new Button(messages.get("comments.form.save"), e -> {
            boolean valid = true;
            item.setInvalid(item.getValue() == null);
            item.setErrorMessage(item.getValue() == null ? messages.get("comments.error.item") : null);
            valid &= item.getValue() != null;
            boolean blankText = text.getValue() == null || text.getValue().isBlank();
            text.setInvalid(blankText);
            text.setErrorMessage(blankText ? messages.get("comments.error.text") : null);
            valid &= !blankText;
            boolean proposal = kind.getValue() == CommentKind.PROPOSED_CHANGE;
            boolean blankTitle = proposal && (proposalTitle.getValue() == null || proposalTitle.getValue().isBlank());
            proposalTitle.setInvalid(blankTitle);
            proposalTitle.setErrorMessage(blankTitle ? messages.get("comments.error.proposalTitle") : null);
            valid &= !blankTitle;
            if (!valid) {
                return;
            }
            ProposedChange change = proposal
                    ? new ProposedChange(proposalTitle.getValue(), proposalDescription.getValue()) : null;
            CommentKind chosen = proposal ? CommentKind.PROPOSED_CHANGE : CommentKind.COMMENT;
            String itemKey = item.getValue().key();
            attempt(() -> cycleService.comment(user.regroupementId(), cycle.id(), itemKey, chosen,
                            text.getValue().strip(), change, user.username()),
                    error, "comments.error.refused", messages.get("comments.done." + chosen.name()));
        });
        save.setId("cycle-comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(heading, item, kind, text, proposalTitle, proposalDescription, error, save);
        return form;
    }

    // ---- révision ----------------------------------------------------------------------------------

    private Component reviewSection() {
        boolean open = phase() == CyclePhase.REVIEW;
        // the comments with the items they are about (the whole working document): read when first
        // opened outside the review
        return open ? section("cycle-section-review", "section.review", true, reviewContent())
                : lazySection("cycle-section-review", "section.review", this::reviewContent);
    }

    private Component reviewContent() {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        List<ItemComment> comments = cycleService.comments(user.regroupementId(), cycle.id());
        Map<String, PlanItem> items = documentService.document(user.regroupementId(), cycle.planId())
                .map(d -> d.allItems().stream().collect(Collectors.toMap(PlanItem::key, Function.identity(),
                        (a, b) -> a))).orElse(Map.of());
        Map<CommentStatus, Long> counts = comments.stream()
                .collect(Collectors.groupingBy(ItemComment::status, Collectors.counting()));
        Paragraph summary = new Paragraph(messages.format("review.summary",
                counts.getOrDefault(CommentStatus.OPEN, 0L), counts.getOrDefault(CommentStatus.ACCEPTED, 0L),
                counts.getOrDefault(CommentStatus.REJECTED, 0L)));
        summary.setId("cycle-review-summary");
        content.add(summary);
        boolean member = cycle.draftingCommittee().contains(user.username());
        boolean canReview = member && phase() == CyclePhase.REVIEW;
        if (phase() == CyclePhase.REVIEW && !member) {
            Paragraph note = new Paragraph(messages.get("review.committeeOnly"));
            note.setId("cycle-review-committee-only");
            content.add(note);
        }
        if (comments.isEmpty()) {
            Paragraph empty = new Paragraph(messages.get("review.none"));
            empty.setId("cycle-review-empty");
            content.add(empty);
        }
        List<ItemComment> ordered = new ArrayList<>(comments);
        // Open ones first, each group oldest first
        ordered.sort(Comparator.comparing((ItemComment c) -> c.status() != CommentStatus.OPEN));
        for (ItemComment comment : ordered) {
            String id = "cycle-review-" + comment.id();
            VerticalLayout block = new VerticalLayout();
            block.setId(id);
            block.setPadding(false);
            block.setSpacing(false);
            PlanItem item = items.get(comment.itemKey());
            Span about = new Span(messages.format("review.about", item == null ? comment.itemKey() : itemLabel(item)));
            about.setId(id + "-item");
            about.getStyle().set("font-weight", "bold");
            Paragraph text = new Paragraph(commentText(comment, false));
            text.setId(id + "-text");
            text.getStyle().set("white-space", "pre-line").set("margin", "0");
            block.add(about, text);
            if (comment.status() != CommentStatus.OPEN) {
                Span status = new Span(messages.format("review.answered", messages.commentStatus(comment.status()),
                        comment.reason() == null ? "" : comment.reason(),
                        comment.reviewedBy() == null ? "" : userName(comment.reviewedBy())));
                status.setId(id + "-status");
                block.add(status);
            } else if (canReview) {
                TextArea reason = new TextArea(messages.get("review.reason"));
                reason.setId(id + "-reason");
                reason.setRequiredIndicatorVisible(true);
                reason.setWidthFull();
                Span error = Ui.errorLine(id + "-error");
                Button accept = new Button(messages.get("review.accept"), e -> review(comment, true, reason, error));
                accept.setId(id + "-accept");
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button reject = new Button(messages.get("review.reject"), e -> review(comment, false, reason, error));
                reject.setId(id + "-reject");
                block.add(reason, error, new HorizontalLayout(accept, reject));
            } else {
                Span status = new Span(messages.get("review.waiting"));
                status.setId(id + "-status");
                block.add(status);
            }
            content.add(block);
        }
        return content;
    }

    private void review(ItemComment comment, boolean accept, TextArea reason, Span error) {
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(messages.get("review.error.reason"));
            return;
        }
        attempt(() -> cycleService.review(user.regroupementId(), comment.id(), accept, reason.getValue().strip(),
                        user.username()),
                error, "review.error.refused", messages.get(accept ? "review.done.accepted" : "review.done.rejected"));
    }

    // ---- suivi et bilan annuel ----------------------------------------------------------------------

    private Component followUpSection() {
        boolean open = phase() == CyclePhase.FOLLOW_UP || phase() == CyclePhase.CLOSED;
        // built when first opened: on a long plan its report holds a row per action, which a cycle still
        // in adoption would otherwise send to every board member's browser for nothing
        return open ? section("cycle-section-followup", "section.followUp", true, followUpContent())
                : lazySection("cycle-section-followup", "section.followUp", this::followUpContent);
    }

    private Component followUpContent() {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        AnnualReport report = cycleService.annualReport(user.regroupementId(), cycle.id());
        List<CycleMeeting> followUps = cycleService.meetings(user.regroupementId(), cycle.id()).stream()
                .filter(m -> m.kind() == MeetingKind.FOLLOW_UP)
                .sorted(Comparator.comparingInt(CycleMeeting::number)).toList();
        boolean canReport = facilitator() && phase() == CyclePhase.FOLLOW_UP;

        if (followUps.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("followUp.none"));
            none.setId("cycle-followup-none");
            content.add(none);
        } else {
            CycleMeeting latest = followUps.getLast();
            content.add(meetingBlock("cycle-followup-latest", "followUp.title", latest));
            content.add(progressForm(latest, report, canReport));
        }
        if (canReport) {
            H4 heading = new H4(messages.get(followUps.isEmpty() ? "followUp.record" : "followUp.recordAnother"));
            heading.setId("cycle-followup-form-heading");
            MeetingForm[] form = new MeetingForm[1];
            form[0] = new MeetingForm("cycle-followup", messages, List.copyOf(organizations.values()), true,
                    record -> recordMeeting(MeetingKind.FOLLOW_UP, record, form[0]));
            content.add(heading, form[0]);
        }
        content.add(annualReport(report));
        return content;
    }

    /** Each action with its status at that meeting (a Select, in words) and a comment. */
    private Component progressForm(CycleMeeting meeting, AnnualReport report, boolean editable) {
        VerticalLayout form = new VerticalLayout();
        form.setId("cycle-progress");
        form.setPadding(false);
        H4 heading = new H4(messages.format("followUp.progress.heading", meeting.number()));
        heading.setId("cycle-progress-heading");
        form.add(heading);
        // What this meeting already recorded: the latest per action
        Map<String, ActionStatus> recorded = new HashMap<>();
        for (ActionStatus status : cycleService.progress(user.regroupementId(), cycle.id())) {
            if (status.meetingId() == meeting.id()) {
                recorded.put(status.itemKey(), status);
            }
        }
        if (report.actions().isEmpty()) {
            Paragraph none = new Paragraph(messages.get("followUp.noActions"));
            none.setId("cycle-progress-empty");
            form.add(none);
            return form;
        }
        Map<String, Select<ActionProgress>> selects = new LinkedHashMap<>();
        Map<String, TextField> comments = new LinkedHashMap<>();
        for (AnnualReport.Line line : report.actions()) {
            String id = "cycle-progress-" + Ui.idPart(line.itemKey());
            ActionStatus atMeeting = recorded.get(line.itemKey());
            Span title = new Span(line.number() == null ? line.title()
                    : messages.format("item.label", line.number(), line.title()));
            title.setId(id + "-title");
            Select<ActionProgress> status = new Select<>();
            status.setId(id + "-status");
            status.setLabel(messages.get("followUp.status"));
            status.setItems(ActionProgress.values());
            status.setItemLabelGenerator(messages::progress);
            status.setEmptySelectionAllowed(true);
            status.setEmptySelectionCaption(messages.get("progress.none"));
            status.setValue(atMeeting == null ? null : atMeeting.progress());
            status.setReadOnly(!editable);
            status.getElement().setAttribute("aria-describedby", id + "-title");
            TextField comment = new TextField(messages.get("followUp.comment"));
            comment.setId(id + "-comment");
            comment.setValue(atMeeting == null || atMeeting.comment() == null ? "" : atMeeting.comment());
            comment.setReadOnly(!editable);
            comment.setWidth("24em");
            selects.put(line.itemKey(), status);
            comments.put(line.itemKey(), comment);
            HorizontalLayout row = new HorizontalLayout(status, comment);
            row.setWrap(true);
            VerticalLayout block = new VerticalLayout(title, row);
            block.setId(id);
            block.setPadding(false);
            block.setSpacing(false);
            form.add(block);
        }
        if (editable) {
            Span error = Ui.errorLine("cycle-progress-error");
            Button save = new Button(messages.get("followUp.save"), e -> {
                List<ProgressReport> changed = new ArrayList<>();
                selects.forEach((key, select) -> {
                    ActionStatus before = recorded.get(key);
                    String comment = Ui.blankToNull(comments.get(key).getValue());
                    if (select.getValue() != null && (before == null || before.progress() != select.getValue()
                            || !Objects.equals(before.comment(), comment))) {
                        changed.add(new ProgressReport(key, select.getValue(), comment));
                    }
                });
                if (changed.isEmpty()) {
                    Ui.showError(error, messages.get("followUp.error.nothing"));
                    return;
                }
                // one transaction for the meeting: a refused status leaves none of them recorded
                attempt(() -> cycleService.reportProgress(user.regroupementId(), cycle.id(), meeting.id(), changed,
                                user.username()),
                        error, "followUp.error.refused", messages.format("followUp.done", changed.size()));
            });
            save.setId("cycle-progress-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            form.add(error, save);
        }
        return form;
    }

    /** The bilan annuel: counts per status as numbers in words, and the table of actions. */
    private Component annualReport(AnnualReport report) {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("cycle-report");
        layout.setPadding(false);
        H3 heading = new H3(messages.format("report.heading", report.period() == null ? "" : report.period()));
        heading.setId("cycle-report-heading");
        layout.add(heading);
        UnorderedList counts = new UnorderedList();
        counts.setId("cycle-report-counts");
        for (ActionProgress progress : ActionProgress.values()) {
            ListItem count = new ListItem(messages.format("report.count", messages.progress(progress),
                    report.counts().getOrDefault(progress, 0)));
            count.setId("cycle-report-count-" + progress.name());
            counts.add(count);
        }
        ListItem unreported = new ListItem(messages.format("report.count", messages.get("progress.none"),
                report.unreported()));
        unreported.setId("cycle-report-unreported");
        counts.add(unreported);
        layout.add(counts);
        Paragraph meetings = new Paragraph(messages.format("report.meetings", report.followUpMeetings()));
        meetings.setId("cycle-report-meetings");
        layout.add(meetings);
        documentService.document(user.regroupementId(), cycle.planId())
                .map(document -> ProgressByLevel.of(document, report))
                .filter(rows -> !rows.isEmpty())
                .ifPresent(rows -> layout.add(progressByLevel(rows)));

        Grid<AnnualReport.Line> grid = new Grid<>();
        grid.setId("cycle-report-grid");
        grid.addColumn(l -> l.number() == null ? "" : l.number()).setHeader(messages.get("report.column.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AnnualReport.Line::title).setHeader(messages.get("report.column.action")).setKey("action")
                .setFlexGrow(3);
        grid.addColumn(l -> messages.progress(l.progress())).setHeader(messages.get("report.column.status"))
                .setKey("status");
        grid.addColumn(l -> l.comment() == null ? "" : l.comment()).setHeader(messages.get("report.column.comment"))
                .setKey("comment").setFlexGrow(2);
        grid.addColumn(l -> messages.date(l.reportedOn())).setHeader(messages.get("report.column.reportedOn"))
                .setKey("reportedOn");
        grid.addColumn(l -> l.carriedOver() ? messages.get("report.carriedOver") : "")
                .setHeader(messages.get("report.column.carriedOver")).setKey("carriedOver");
        grid.setItems(report.actions());
        grid.setAllRowsVisible(true);
        // every row at once is asked for in pages, ten at most per request: larger pages for long plans
        grid.setPageSize(Math.max(50, report.actions().size() / 8 + 1));
        grid.setAriaLabel(messages.get("report.grid"));
        layout.add(grid);
        return layout;
    }

    /** Per volet, orientation or objective: its actions counted per status, in numbers and words. */
    private Component progressByLevel(List<ProgressByLevel.Row> rows) {
        H4 heading = new H4(messages.get("report.byLevel"));
        heading.setId("cycle-report-by-level-heading");
        Grid<ProgressByLevel.Row> grid = new Grid<>();
        grid.setId("cycle-report-by-level");
        grid.addComponentColumn(row -> {
            Span label = new Span(row.label());
            label.getStyle().set("padding-inline-start", (row.depth() * 1.5) + "em");
            return label;
        }).setHeader(messages.get("report.byLevel.item")).setKey("item").setFlexGrow(4);
        grid.addColumn(ProgressByLevel.Row::levelName).setHeader(messages.get("report.byLevel.level"))
                .setKey("level").setAutoWidth(true).setFlexGrow(0);
        for (ActionProgress progress : ActionProgress.values()) {
            grid.addColumn(row -> row.count(progress)).setHeader(messages.progress(progress))
                    .setKey(progress.name()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(ProgressByLevel.Row::unreported).setHeader(messages.get("progress.none")).setKey("none")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> messages.format("report.byLevel.done", row.count(ActionProgress.DONE), row.total()))
                .setHeader(messages.get("report.byLevel.total")).setKey("total").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeName("wrap-cell-content");
        grid.setAriaLabel(messages.get("report.byLevel"));
        VerticalLayout block = new VerticalLayout(heading, grid);
        block.setPadding(false);
        return block;
    }

    PlanCycle cycle() {
        return cycle;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
