package ca.concerto.ui.cycle.impl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.PlanCycleService;
import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.AdoptionDecision;
import ca.concerto.plan.api.DecisionOutcome;
import ca.concerto.plan.api.DecisionRuleException;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanVersion;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskAlreadyClaimedException;
import ca.concerto.workflow.api.TaskInbox;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.TaskNotFoundException;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * The adopting body's decision on a board task at {@code decision/<taskId>}: the exact version
 * decided (number and full SHA-256 fingerprint), what changed since the last adopted version, and
 * the resolution (outcome, date, number, vote in session or unanimous written resolution, comment).
 * It completes the task with the form fields of the cycle's {@code boardDecision} user task.
 */
public class DecisionView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    /** The form field ids of the {@code boardDecision} user task. */
    static final String OUTCOME = "outcome";
    static final String COMMENT = "comment";
    static final String DECIDED_ON = "decidedOn";
    static final String RESOLUTION_NUMBER = "resolutionNumber";
    static final String DECISION_MODE = "decisionMode";
    static final String MEMBERS_PRESENT = "membersPresent";
    static final String QUORUM = "quorum";
    static final String IN_FAVOUR = "inFavour";
    static final String AGAINST = "against";
    static final String ABSTENTIONS = "abstentions";
    static final String SIGNATORIES = "signatories";

    static final String VOTE = "VOTE";
    static final String WRITTEN = "WRITTEN";

    private final transient TaskInbox taskInbox;
    private final transient PlanService planService;
    private final transient PlanDocumentService documentService;
    private final transient PlanCycleService cycleService;
    private final transient IdentityService identityService;
    private final transient PlanInterchange interchange;
    private final transient ViewContext context;
    private final Messages messages;
    private final UserAccount user;
    private String pageTitle;
    private transient WorkflowTask task;
    private transient PlanCycle cycle;
    private transient Map<String, UserAccount> users = Map.of();

    private final Select<DecisionOutcome> outcome = new Select<>();
    private final DatePicker decidedOn = new DatePicker();
    private final TextField resolutionNumber = new TextField();
    private final Select<String> mode = new Select<>();
    private final IntegerField membersPresent = new IntegerField();
    private final IntegerField quorum = new IntegerField();
    private final IntegerField inFavour = new IntegerField();
    private final IntegerField against = new IntegerField();
    private final IntegerField abstentions = new IntegerField();
    private final MultiSelectComboBox<UserAccount> signatories = new MultiSelectComboBox<>();
    private final TextArea comment = new TextArea();
    private final Span ruleError = Ui.errorLine("cycle-decision-rule-error");
    private final Span formError = Ui.errorLine("cycle-decision-error");
    private final VerticalLayout voteLayout = new VerticalLayout();
    private final VerticalLayout writtenLayout = new VerticalLayout();
    /** The form's fields by task form field id, where their errors show. */
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public DecisionView(TaskInbox taskInbox, PlanService planService, PlanDocumentService documentService,
                        PlanCycleService cycleService, IdentityService identityService, PlanInterchange interchange,
                        ViewContext context) {
        this.taskInbox = taskInbox;
        this.planService = planService;
        this.documentService = documentService;
        this.cycleService = cycleService;
        this.identityService = identityService;
        this.interchange = interchange;
        this.context = context;
        this.user = context.user().get();
        this.messages = Messages.of(user);
        this.pageTitle = messages.format("page.title", messages.get("screen.decision.title"));
        setId("decision-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        show(taskId);
    }

    /** Shows the decision form of that open board task of the user, or "Décision introuvable". */
    public void show(String taskId) {
        removeAll();
        task = taskInbox.task(user, taskId).filter(t -> t.kind() == TaskKind.BOARD_DECISION).orElse(null);
        Optional<PlanSummary> plan = task == null ? Optional.empty()
                : planService.findSummary(user.regroupementId(), task.planId());
        if (task == null || plan.isEmpty()) {
            H2 heading = new H2(messages.get("decision.notFound"));
            heading.setId("cycle-decision-not-found");
            Paragraph help = new Paragraph(messages.get("decision.notFound.help"));
            help.setId("cycle-decision-not-found-help");
            Anchor tasks = new Anchor(Routes.TASKS, messages.get("decision.toTasks"));
            tasks.setId("cycle-decision-to-tasks");
            tasks.getElement().setAttribute("router-link", true);
            add(heading, help, tasks);
            return;
        }
        cycle = cycleService.cycleOfPlan(user.regroupementId(), task.planId()).orElse(null);
        users = identityService.usersOf(user.regroupementId()).stream()
                .collect(Collectors.toMap(UserAccount::username, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        render(plan.get());
    }

    private void render(PlanSummary plan) {
        pageTitle = messages.format("page.title", messages.format("decision.heading", plan.title()));
        H2 heading = new H2(messages.format("decision.heading", plan.title()));
        heading.setId("cycle-decision-heading");
        add(heading);
        if (cycle != null) {
            Anchor back = new Anchor(Routes.cycle(cycle.id()), messages.get("decision.backToCycle"));
            back.setId("cycle-decision-back");
            back.getElement().setAttribute("router-link", true);
            add(back);
            add(Ui.labelValue(messages, "cycle-decision-body", "cycle.body", messages.body(cycle.adoptingBody())));
        }

        // The exact version decided: the plan's latest version (recorded when it was submitted)
        List<PlanVersion> versions = documentService.versions(user.regroupementId(), plan.id());
        PlanVersion version = versions.isEmpty() ? null : versions.getLast();
        H3 versionHeading = new H3(messages.get("decision.version.heading"));
        add(versionHeading);
        if (version == null) {
            Paragraph none = new Paragraph(messages.get("decision.version.none"));
            none.setId("cycle-decision-version");
            add(none);
        } else {
            add(Ui.labelValue(messages, "cycle-decision-version", "decision.version",
                    messages.format("decision.version.value", version.number(), messages.date(version.createdAt()))));
            Paragraph fingerprint = new Paragraph();
            fingerprint.setId("cycle-decision-fingerprint-line");
            Span label = new Span(messages.format("labelValue", messages.get("decision.fingerprint"), ""));
            Span value = new Span(version.fingerprint());
            value.setId("cycle-decision-fingerprint");
            value.getStyle().set("font-family", "monospace").set("overflow-wrap", "anywhere");
            fingerprint.add(label, value);
            add(fingerprint);
        }
        add(changes(plan, version));
        add(form());
    }

    // ---- what changed --------------------------------------------------------------------------

    private Component changes(PlanSummary plan, PlanVersion version) {
        VerticalLayout layout = new VerticalLayout();
        layout.setId("cycle-diff");
        layout.setPadding(false);
        H3 heading = new H3(messages.get("diff.heading"));
        heading.setId("cycle-diff-heading");
        layout.add(heading);
        Optional<AdoptionDecision> adopted = planService.decisions(user.regroupementId(), plan.id()).stream()
                .filter(d -> d.outcome() == DecisionOutcome.ADOPT && d.versionNumber() != null)
                .reduce((first, second) -> second);
        if (adopted.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("diff.noAdoptedVersion"));
            none.setId("cycle-diff-no-adopted");
            layout.add(none);
            return layout;
        }
        AdoptionDecision last = adopted.get();
        Paragraph since = new Paragraph(messages.format("diff.since", last.versionNumber(),
                last.decidedOn() != null ? messages.date(last.decidedOn()) : messages.date(last.decidedAt())));
        since.setId("cycle-diff-since");
        layout.add(since);
        Optional<PlanDocument> older = documentService.versionDocument(user.regroupementId(), plan.id(),
                last.versionNumber());
        Optional<PlanDocument> newer = version == null ? Optional.empty()
                : documentService.versionDocument(user.regroupementId(), plan.id(), version.number());
        if (older.isEmpty() || newer.isEmpty()) {
            Paragraph missing = new Paragraph(messages.get("diff.unavailable"));
            missing.setId("cycle-diff-unavailable");
            layout.add(missing);
            return layout;
        }
        PlanDiff diff = interchange.diff(older.get(), newer.get());
        if (diff.isEmpty()) {
            Paragraph none = new Paragraph(messages.get("diff.none"));
            none.setId("cycle-diff-none");
            layout.add(none);
            return layout;
        }
        layout.add(new PlanChanges(messages, diff, "cycle-diff"));
        return layout;
    }

    // ---- the form -------------------------------------------------------------------------------

    private Component form() {
        VerticalLayout form = new VerticalLayout();
        form.setId("cycle-decision-form");
        form.setPadding(false);
        H3 heading = new H3(messages.get("decision.form.heading"));
        form.add(heading);
        fields.clear();

        outcome.setId("cycle-decision-outcome");
        outcome.setLabel(messages.get("decision.outcome"));
        outcome.setItems(DecisionOutcome.values());
        outcome.setItemLabelGenerator(o -> messages.get("decision.outcome." + o.name()));
        // Said in words: Vaadin's select puts aria-required on its value button, where ARIA does not allow it.
        outcome.setHelperText(messages.get("decision.outcome.required"));
        fields.put(OUTCOME, outcome);

        decidedOn.setId("cycle-decision-date");
        decidedOn.setLabel(messages.get("decision.decidedOn"));
        Ui.dateField(decidedOn, messages);
        decidedOn.setRequiredIndicatorVisible(true);
        decidedOn.setValue(LocalDate.now(Messages.QUEBEC_ZONE));
        fields.put(DECIDED_ON, decidedOn);

        resolutionNumber.setId("cycle-decision-resolution");
        resolutionNumber.setLabel(messages.get("decision.resolutionNumber"));
        resolutionNumber.setHelperText(messages.get("decision.resolutionNumber.helper"));
        fields.put(RESOLUTION_NUMBER, resolutionNumber);

        mode.setId("cycle-decision-mode");
        mode.setLabel(messages.get("decision.mode"));
        mode.setItems(VOTE, WRITTEN);
        mode.setItemLabelGenerator(m -> messages.get("decision.mode." + m));
        mode.setValue(VOTE);
        mode.addValueChangeListener(e -> showMode());
        fields.put(DECISION_MODE, mode);

        voteLayout.removeAll();
        voteLayout.setId("cycle-decision-vote");
        voteLayout.setPadding(false);
        number(membersPresent, "cycle-decision-members-present", "decision.membersPresent", MEMBERS_PRESENT);
        number(quorum, "cycle-decision-quorum", "decision.quorum", QUORUM);
        number(inFavour, "cycle-decision-in-favour", "decision.inFavour", IN_FAVOUR);
        number(against, "cycle-decision-against", "decision.against", AGAINST);
        number(abstentions, "cycle-decision-abstentions", "decision.abstentions", ABSTENTIONS);
        quorum.setMin(1);
        HorizontalLayout attendance = new HorizontalLayout(membersPresent, quorum);
        attendance.setWrap(true);
        HorizontalLayout votes = new HorizontalLayout(inFavour, against, abstentions);
        votes.setWrap(true);
        voteLayout.add(attendance, votes);

        writtenLayout.removeAll();
        writtenLayout.setId("cycle-decision-written");
        writtenLayout.setPadding(false);
        signatories.setId("cycle-decision-signatories");
        signatories.setLabel(messages.get("decision.signatories"));
        signatories.setHelperText(messages.get("decision.signatories.helper"));
        // the directors the store counts: open accounts with the board role
        signatories.setItems(users.values().stream().filter(u -> u.active() && u.hasRole(Role.BOARD_MEMBER)).toList());
        signatories.setItemLabelGenerator(Ui::name);
        signatories.setWidthFull();
        fields.put(SIGNATORIES, signatories);
        writtenLayout.add(signatories);

        comment.setId("cycle-decision-comment");
        comment.setLabel(messages.get("decision.comment"));
        comment.setHelperText(messages.get("decision.comment.helper"));
        comment.setWidthFull();
        fields.put(COMMENT, comment);

        Button submit = new Button(messages.get("decision.submit"), e -> submit());
        submit.setId("cycle-decision-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        form.add(outcome, decidedOn, resolutionNumber, mode, voteLayout, writtenLayout, comment, ruleError,
                formError, submit);
        showMode();
        return form;
    }

    private void number(IntegerField field, String id, String labelKey, String formField) {
        field.setId(id);
        field.setLabel(messages.get(labelKey));
        field.setMin(0);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        fields.put(formField, field);
    }

    private void showMode() {
        voteLayout.setVisible(VOTE.equals(mode.getValue()));
        writtenLayout.setVisible(WRITTEN.equals(mode.getValue()));
    }

    /** Checks the form beside its fields, then completes the task; the rules' refusals in words. */
    void submit() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        Ui.showError(ruleError, null);
        Ui.showError(formError, null);
        Map<String, String> errors = new LinkedHashMap<>();
        if (outcome.getValue() == null) {
            errors.put(OUTCOME, messages.get("decision.error.outcome"));
        }
        if (decidedOn.getValue() == null) {
            errors.put(DECIDED_ON, messages.get("decision.error.decidedOn"));
        } else if (decidedOn.getValue().isAfter(LocalDate.now(Messages.QUEBEC_ZONE))) {
            errors.put(DECIDED_ON, messages.get("decision.error.decidedOnFuture"));
        }
        if (VOTE.equals(mode.getValue())) {
            requireCount(membersPresent, MEMBERS_PRESENT, errors);
            requireCount(quorum, QUORUM, errors);
            requireCount(inFavour, IN_FAVOUR, errors);
            requireCount(against, AGAINST, errors);
            requireCount(abstentions, ABSTENTIONS, errors);
            if (!errors.containsKey(MEMBERS_PRESENT) && !errors.containsKey(IN_FAVOUR)
                    && !errors.containsKey(AGAINST) && !errors.containsKey(ABSTENTIONS)
                    && inFavour.getValue() + against.getValue() + abstentions.getValue() > membersPresent.getValue()) {
                errors.put(MEMBERS_PRESENT, messages.get("decision.error.tooManyVotes"));
            }
            if (!errors.containsKey(QUORUM) && quorum.getValue() < 1) {
                errors.put(QUORUM, messages.get("decision.error.quorum"));
            }
        } else if (signatories.getValue().isEmpty()) {
            errors.put(SIGNATORIES, messages.get("decision.error.signatories"));
        }
        if (outcome.getValue() == DecisionOutcome.REQUEST_CHANGES && comment.getValue().isBlank()) {
            errors.put(COMMENT, messages.get("decision.error.changes"));
        }
        if (!errors.isEmpty()) {
            showErrors(errors);
            return;
        }
        Map<String, Object> form = formData();
        try {
            taskInbox.complete(user, task.id(), form);
        } catch (FormValidationException e) {
            showErrors(e.errors());
            context.error().accept(messages.get("form.fixErrors"));
            return;
        } catch (TaskNotFoundException e) {
            context.error().accept(messages.get("task.error.gone"));
            show(task.id());
            return;
        } catch (TaskAlreadyClaimedException e) {
            String holder = Optional.ofNullable(users.get(e.holder())).map(Ui::name).orElse(e.holder());
            Ui.showError(formError, messages.format("task.error.claimed", holder));
            context.error().accept(messages.format("task.error.claimed", holder));
            return;
        } catch (RuntimeException e) {
            Optional<DecisionRuleException> rule = Ui.cause(e, DecisionRuleException.class);
            String message;
            if (rule.isPresent()) {
                message = ruleMessage(rule.get());
                Ui.showError(ruleError, message);
            } else if (Ui.cause(e, SecurityException.class).isPresent()) {
                message = messages.get("decision.error.role");
                Ui.showError(formError, message);
            } else {
                message = messages.get("decision.error.failed");
                Ui.showError(formError, message);
            }
            context.error().accept(message);
            return;
        }
        context.success().accept(messages.get("decision.recorded." + outcome.getValue().name()));
        context.navigator().accept(cycle != null ? Routes.cycle(cycle.id()) : Routes.TASKS);
    }

    /** The task's form data, with exactly the field ids of the boardDecision user task. */
    Map<String, Object> formData() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(OUTCOME, outcome.getValue().name());
        String note = Ui.blankToNull(comment.getValue());
        if (note != null) {
            form.put(COMMENT, note);
        }
        form.put(DECIDED_ON, decidedOn.getValue().toString());
        String resolution = Ui.blankToNull(resolutionNumber.getValue());
        if (resolution != null) {
            form.put(RESOLUTION_NUMBER, resolution);
        }
        form.put(DECISION_MODE, mode.getValue());
        if (VOTE.equals(mode.getValue())) {
            form.put(MEMBERS_PRESENT, membersPresent.getValue().longValue());
            form.put(QUORUM, quorum.getValue().longValue());
            form.put(IN_FAVOUR, inFavour.getValue().longValue());
            form.put(AGAINST, against.getValue().longValue());
            form.put(ABSTENTIONS, abstentions.getValue().longValue());
        } else {
            // In the order of the directors' list, so the record reads the same every time
            form.put(SIGNATORIES, users.keySet().stream()
                    .filter(u -> signatories.getValue().stream().anyMatch(s -> s.username().equals(u)))
                    .collect(Collectors.joining(",")));
        }
        return form;
    }

    private void requireCount(IntegerField field, String id, Map<String, String> errors) {
        if (field.getValue() == null) {
            errors.put(id, messages.get(field.isInvalid() ? "decision.error.number" : "decision.error.required"));
        } else if (field.getValue() < 0) {
            errors.put(id, messages.get("decision.error.negative"));
        }
    }

    private void showErrors(Map<String, String> errors) {
        List<String> unplaced = new ArrayList<>();
        errors.forEach((field, message) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setInvalid(true);
                component.setErrorMessage(message);
            } else {
                unplaced.add(message);
            }
        });
        Ui.showError(formError, unplaced.isEmpty() ? messages.get("form.fixErrors")
                : messages.get("form.fixErrors") + " " + String.join(" ", unplaced));
    }

    /** A rule of the adopting body that the decision breaks, in words. */
    String ruleMessage(DecisionRuleException e) {
        Map<String, String> names = new HashMap<>();
        users.forEach((username, account) -> names.put(username, Ui.name(account)));
        String details = e.details().stream().map(d -> names.getOrDefault(d, d)).collect(Collectors.joining(", "));
        return switch (e.rule()) {
            case QUORUM_NOT_REACHED -> messages.format("rule.QUORUM_NOT_REACHED",
                    value(membersPresent), value(quorum));
            case VOTE_DOES_NOT_CARRY -> messages.format("rule.VOTE_DOES_NOT_CARRY", value(inFavour), value(against));
            case SIGNATURES_MISSING -> messages.format("rule.SIGNATURES_MISSING", details);
            case NOT_A_DIRECTOR -> messages.format("rule.NOT_A_DIRECTOR", details);
            case VOTE_REQUIRED -> messages.get("rule.VOTE_REQUIRED");
            case NO_VOTING_MEMBERS -> messages.get("rule.NO_VOTING_MEMBERS");
            case MORE_PRESENT_THAN_MEMBERS -> messages.format("rule.MORE_PRESENT_THAN_MEMBERS", detail(e, 0), detail(e, 1));
            case WRONG_QUORUM -> messages.format("rule.WRONG_QUORUM", detail(e, 0), detail(e, 1));
        };
    }

    private static String detail(DecisionRuleException e, int index) {
        return index < e.details().size() ? e.details().get(index) : "?";
    }

    private static String value(IntegerField field) {
        return field.getValue() == null ? "?" : String.valueOf(field.getValue());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
