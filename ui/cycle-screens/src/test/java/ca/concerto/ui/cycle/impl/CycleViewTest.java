package ca.concerto.ui.cycle.impl;

import static ca.concerto.ui.cycle.impl.Find.get;
import static ca.concerto.ui.cycle.impl.Find.has;
import static ca.concerto.ui.cycle.impl.Find.items;
import static ca.concerto.ui.cycle.impl.Find.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.concerto.cycle.api.ActionProgress;
import ca.concerto.cycle.api.ActionStatus;
import ca.concerto.cycle.api.AnnualReport;
import ca.concerto.cycle.api.Attendee;
import ca.concerto.cycle.api.CommentKind;
import ca.concerto.cycle.api.CommentStatus;
import ca.concerto.cycle.api.CycleMeeting;
import ca.concerto.cycle.api.CyclePhase;
import ca.concerto.cycle.api.ItemComment;
import ca.concerto.cycle.api.MeetingKind;
import ca.concerto.cycle.api.MeetingRecord;
import ca.concerto.cycle.api.PlanCycle;
import ca.concerto.cycle.api.ProposedChange;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.ui.cycle.impl.Fakes.FakeCycleService;
import ca.concerto.ui.cycle.impl.Fakes.FakeDocuments;
import ca.concerto.ui.cycle.impl.Fakes.FakeIdentity;
import ca.concerto.ui.cycle.impl.Fakes.FakePlanService;
import ca.concerto.ui.cycle.impl.Fakes.FakeWorkflow;
import ca.concerto.ui.cycle.impl.Fakes.Recorder;
import ca.concerto.workflow.api.FormValidationException;
import ca.concerto.workflow.api.TaskKind;
import ca.concerto.workflow.api.WorkflowTask;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cycle page, section by section, against in-memory services. */
@SuppressWarnings("unchecked")
class CycleViewTest {

    private FakePlanService plans;
    private FakeDocuments documents;
    private FakeCycleService cycles;
    private FakeIdentity identity;
    private FakeWorkflow workflow;
    private Recorder recorder;
    private Plan plan;
    private Organization centre;
    private Organization maison;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        documents = new FakeDocuments();
        cycles = new FakeCycleService(plans, documents);
        identity = new FakeIdentity();
        identity.users.addAll(List.of(Fakes.facilitator("fr"), Fakes.boardMember("fr"), Fakes.boardMember2(),
                Fakes.writer()));
        workflow = new FakeWorkflow(cycles);
        recorder = new Recorder();
        plan = plans.add(Fakes.REGROUPEMENT, "Plan d'action TROC Montérégie 2025-2026", "2025-2026");
        centre = plans.organization("Centre de femmes La Moisson", Organization.OrganizationKind.MEMBER);
        maison = plans.organization("Maison des jeunes L'Antidote", Organization.OrganizationKind.MEMBER);
        documents.version(plan.id(), Fakes.document("Plan d'action TROC Montérégie 2025-2026",
                "Tournée des membres"), "f".repeat(64));
    }

    private CycleView view(UserAccount user, PlanCycle cycle) {
        CycleView view = new CycleView(cycles, plans, documents, identity, workflow, recorder.context(user));
        view.show(cycle.id());
        return view;
    }

    // ---- header

    @Test
    void headerSaysWhereTheCycleStandsInWords() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.CONSULTATION, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);

        assertEquals("Plan d'action TROC Montérégie 2025-2026", text(view, "cycle-plan-title"));
        assertEquals("Étape en cours\u00a0: Consultation", text(view, "cycle-phase"));
        assertEquals("Instance d'adoption\u00a0: Conseil d'administration", text(view, "cycle-body"));
        assertEquals("Échéance de la consultation\u00a0: 31 octobre 2025",
                text(view, "cycle-consultation-deadline-text"));
        assertEquals("Consultation (étape en cours)", text(view, "cycle-step-CONSULTATION"));
        assertEquals("Rencontres (à venir)", text(view, "cycle-step-MEETINGS"));
        assertTrue(get(view, Details.class, "cycle-section-consultation").isOpened());
        assertFalse(get(view, Details.class, "cycle-section-meetings").isOpened());
        assertFalse(has(view, "cycle-section-followup"), "no follow-up before publication");
        assertEquals("Aucune tâche ne vous attend sur ce plan.", text(view, "cycle-tasks-empty"));

        CycleView en = view(Fakes.facilitator("en"), cycles.enterPhase(Fakes.REGROUPEMENT, cycle.id(),
                CyclePhase.REVIEW));
        assertEquals("Current step: Review of the comments", text(en, "cycle-phase"));
        assertEquals("Consultation (done)", text(en, "cycle-step-CONSULTATION"));
    }

    @Test
    void unknownOrForeignCycleIsNotFound() {
        CycleView view = view(Fakes.facilitator("fr"), cycles.cycleIn(CyclePhase.CONSULTATION, plan.id()));
        view.show(424242L);
        assertEquals("Cycle introuvable", text(view, "cycle-not-found"));
        assertFalse(has(view, "cycle-plan-title"));
    }

    // ---- consultation

    @Test
    void facilitatorInvitesOrganizationsAndRecordsTheirInput() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.CONSULTATION, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertEquals("Aucun organisme n'a encore été invité.", text(view, "cycle-answers-empty"));

        MultiSelectComboBox<Organization> invite = get(view, MultiSelectComboBox.class, "cycle-invite-organizations");
        get(view, Button.class, "cycle-invite-submit").click();
        assertTrue(invite.isInvalid(), "nothing chosen");
        invite.setValue(Set.of(centre, maison));
        get(view, Button.class, "cycle-invite-submit").click();
        assertEquals(Set.of(centre.id(), maison.id()), cycles.invited.get(cycle.id()).keySet());
        assertEquals("N'a pas répondu", text(view, "cycle-answer-" + centre.id() + "-status"));
        assertEquals("2 organismes invités, aucun n'a répondu", text(view, "cycle-answers-summary"));

        // The form checks beside its fields first
        get(view, Button.class, "cycle-input-submit").click();
        assertTrue(get(view, Select.class, "cycle-input-organization").isInvalid());
        assertEquals("La contribution est vide.", get(view, TextArea.class, "cycle-input-text").getErrorMessage());
        assertTrue(cycles.inputs.isEmpty());

        get(view, Select.class, "cycle-input-organization").setValue(centre);
        get(view, TextArea.class, "cycle-input-text").setValue("Besoin : du financement à la mission.");
        get(view, Button.class, "cycle-input-submit").click();
        assertEquals(1, cycles.inputs.size());
        assertEquals(centre.id(), cycles.inputs.get(0).organizationId());
        assertEquals("animateur", cycles.inputs.get(0).submittedBy());
        assertEquals("A répondu (1 contribution)", text(view, "cycle-answer-" + centre.id() + "-status"));
        assertEquals("2 octobre 2025 – Besoin : du financement à la mission.",
                text(view, "cycle-answer-" + centre.id() + "-input-0"));
        assertEquals("N'a pas répondu", text(view, "cycle-answer-" + maison.id() + "-status"));
        assertEquals("2 organismes invités, 1 a répondu", text(view, "cycle-answers-summary"));
        assertEquals("Contribution de Centre de femmes La Moisson enregistrée.", recorder.successes.getLast());
    }

    @Test
    void aStepRefusedByTheStoreSaysWhichStepTheCycleIsIn() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.CONSULTATION, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        cycles.enterPhase(Fakes.REGROUPEMENT, cycle.id(), CyclePhase.MEETINGS); // the deadline passed meanwhile
        get(view, MultiSelectComboBox.class, "cycle-invite-organizations").setValue(Set.of(centre));
        get(view, Button.class, "cycle-invite-submit").click();
        assertEquals("Impossible à cette étape du cycle (étape actuelle\u00a0: Rencontres).",
                text(view, "cycle-invite-error"));
        assertEquals(List.of("Impossible à cette étape du cycle (étape actuelle\u00a0: Rencontres)."), recorder.errors);
    }

    @Test
    void boardMembersSeeTheAnswersButNoForms() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.CONSULTATION, plan.id());
        cycles.invite(Fakes.REGROUPEMENT, cycle.id(), List.of(centre.id()), "animateur");
        CycleView view = view(Fakes.boardMember("fr"), cycle);
        assertEquals("N'a pas répondu", text(view, "cycle-answer-" + centre.id() + "-status"));
        assertFalse(has(view, "cycle-invite-submit"));
        assertFalse(has(view, "cycle-input-submit"));
        assertFalse(has(view, "cycle-meeting-save"));
    }

    // ---- rencontres

    @Test
    void facilitatorRecordsAMeetingWithGoalsAttendeesMinutesAndDecisions() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.MEETINGS, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertTrue(get(view, Details.class, "cycle-section-meetings").isOpened());
        assertEquals("Aucune rencontre n'a encore été consignée.", text(view, "cycle-meetings-empty"));

        get(view, Button.class, "cycle-meeting-save").click();
        assertEquals("Indiquez la date de la rencontre.",
                get(view, DatePicker.class, "cycle-meeting-date").getErrorMessage());
        assertTrue(cycles.meetings.isEmpty());

        get(view, DatePicker.class, "cycle-meeting-date").setValue(LocalDate.of(2025, 11, 12));
        get(view, TextArea.class, "cycle-meeting-goals").setValue("Rappeler les objectifs\n\n  Valider la vision  \n");
        get(view, TextField.class, "cycle-meeting-attendee-0-person").setValue("Lucie Bergeron");
        get(view, ComboBox.class, "cycle-meeting-attendee-0-organization").setValue(centre);
        get(view, Button.class, "cycle-meeting-add-attendee").click();
        get(view, Button.class, "cycle-meeting-add-attendee").click();
        // A row with an organization and no name is an error beside the name
        get(view, ComboBox.class, "cycle-meeting-attendee-2-organization").setValue(maison);
        get(view, Button.class, "cycle-meeting-save").click();
        assertEquals("Indiquez le nom de la personne.",
                get(view, TextField.class, "cycle-meeting-attendee-2-person").getErrorMessage());
        assertTrue(cycles.meetings.isEmpty());
        get(view, Button.class, "cycle-meeting-attendee-2-remove").click();

        get(view, TextField.class, "cycle-meeting-attendee-1-person").setValue("Marc Gagné");
        get(view, TextArea.class, "cycle-meeting-minutes").setValue("Ouverture à 13 h 30.");
        get(view, TextArea.class, "cycle-meeting-decisions").setValue("Adopter la vision\nNommer un comité");
        get(view, Button.class, "cycle-meeting-save").click();

        assertEquals(1, cycles.meetings.size());
        CycleMeeting meeting = cycles.meetings.get(0);
        assertEquals(MeetingKind.RENCONTRE, meeting.kind());
        assertEquals(new MeetingRecord(LocalDate.of(2025, 11, 12), List.of("Rappeler les objectifs", "Valider la vision"),
                List.of(new Attendee("Lucie Bergeron", centre.id()), new Attendee("Marc Gagné", null)),
                "Ouverture à 13 h 30.", List.of("Adopter la vision", "Nommer un comité")),
                new MeetingRecord(meeting.date(), meeting.goals(), meeting.attendees(), meeting.minutes(),
                        meeting.decisions()));
        assertEquals("Rencontre 1 – 12 novembre 2025", text(view, "cycle-meeting-1-title"));
        assertEquals(List.of("Lucie Bergeron – Centre de femmes La Moisson", "Marc Gagné (à titre personnel)"),
                items(view, "cycle-meeting-1-attendees"));
        assertEquals(List.of("Adopter la vision", "Nommer un comité"), items(view, "cycle-meeting-1-decisions"));
        assertEquals("Procès-verbal\u00a0: Ouverture à 13 h 30.", text(view, "cycle-meeting-1-minutes"));
        assertEquals("", get(view, TextArea.class, "cycle-meeting-goals").getValue(), "a new, empty form");
    }

    // ---- comité de rédaction

    @Test
    void facilitatorNamesTheDraftingCommitteeAndTheCommentDeadline() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.MEETINGS, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertEquals("Le comité de rédaction n'est pas encore nommé.", text(view, "cycle-committee-current"));
        MultiSelectComboBox<UserAccount> members = get(view, MultiSelectComboBox.class, "cycle-committee-members");
        assertEquals(4, members.getGenericDataView().getItems().count(), "the regroupement's users");

        get(view, Button.class, "cycle-committee-save").click();
        assertEquals("Choisissez au moins une personne.", members.getErrorMessage());
        assertEquals("Indiquez l'échéance des commentaires.",
                get(view, DatePicker.class, "cycle-comment-deadline").getErrorMessage());

        LocalDate deadline = LocalDate.now(Messages.QUEBEC_ZONE).plusDays(20);
        members.setValue(Set.of(Fakes.writer(), Fakes.facilitator("fr")));
        get(view, DatePicker.class, "cycle-comment-deadline").setValue(deadline);
        get(view, Button.class, "cycle-committee-save").click();

        PlanCycle named = cycles.cycles.get(cycle.id());
        assertEquals(List.of("animateur", "redactrice"), named.draftingCommittee());
        assertEquals(deadline, named.commentDeadline());
        assertEquals("Membres du comité de rédaction\u00a0: Marie-Josée Gagnon, Sophie Lavoie",
                text(view, "cycle-committee-current"));
    }

    // ---- commentaires

    @Test
    void membersSeeTheDraftIndentedAndProposeAChange() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.COMMENTS, plan.id());
        CycleView view = view(Fakes.writer(), cycle);
        assertTrue(get(view, Details.class, "cycle-section-comments").isOpened());
        assertEquals("1 Financement et reconnaissance", text(view, "cycle-item-or1-title"));
        assertEquals("1.1.1 Tournée des membres", text(view, "cycle-item-a1-title"));
        assertEquals("3.0em", get(view, Component.class, "cycle-item-a1").getStyle().get("padding-left"));
        assertEquals("1.5em", get(view, Component.class, "cycle-item-o1").getStyle().get("padding-left"));

        ComboBox<PlanItem> item = get(view, ComboBox.class, "cycle-comment-item");
        Select<CommentKind> kind = get(view, Select.class, "cycle-comment-kind");
        TextField proposalTitle = get(view, TextField.class, "cycle-comment-proposal-title");
        assertFalse(proposalTitle.isVisible());
        PlanItem a1 = item.getGenericDataView().getItems().filter(i -> i.key().equals("a1")).findFirst().get();
        item.setValue(a1);
        kind.setValue(CommentKind.PROPOSED_CHANGE);
        assertTrue(proposalTitle.isVisible());
        assertEquals("Tournée des membres", proposalTitle.getValue(), "starts from the current wording");
        proposalTitle.setValue("");
        get(view, Button.class, "cycle-comment-save").click();
        assertEquals("Indiquez le libellé proposé.", proposalTitle.getErrorMessage());
        assertEquals("Écrivez votre commentaire.", get(view, TextArea.class, "cycle-comment-text").getErrorMessage());
        assertTrue(cycles.comments.isEmpty());

        proposalTitle.setValue("Tournée régionale des membres");
        get(view, TextArea.class, "cycle-comment-text").setValue("Pour rejoindre les organismes éloignés.");
        get(view, Button.class, "cycle-comment-save").click();

        assertEquals(1, cycles.comments.size());
        ItemComment comment = cycles.comments.get(0);
        assertEquals("a1", comment.itemKey());
        assertEquals(CommentKind.PROPOSED_CHANGE, comment.kind());
        assertEquals(new ProposedChange("Tournée régionale des membres", null), comment.proposal());
        assertEquals("redactrice", comment.author());
        assertEquals("Proposition de modification de Sophie Lavoie (3 novembre 2025)\u00a0: Pour rejoindre les "
                        + "organismes éloignés.\nLibellé proposé\u00a0: «\u00a0Tournée régionale des membres\u00a0»"
                        + "\nStatut\u00a0: En attente de réponse",
                text(view, "cycle-comment-" + comment.id()));
        assertEquals(List.of("Votre proposition de modification est enregistrée."), recorder.successes);
    }

    @Test
    void noCommentFormOutsideTheCommentPeriod() {
        CycleView view = view(Fakes.writer(), cycles.cycleIn(CyclePhase.DRAFTING, plan.id()));
        Details comments = get(view, Details.class, "cycle-section-comments");
        assertFalse(comments.isOpened());
        assertFalse(has(view, "cycle-item-a1-title"), "a block per item, made only when the section is opened");
        comments.setOpened(true);
        assertTrue(has(view, "cycle-item-a1-title"));
        assertFalse(has(view, "cycle-comment-save"));
    }

    // ---- révision

    @Test
    void theDraftingCommitteeAnswersEachCommentWithAReason() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.COMMENTS, plan.id());
        ItemComment first = cycles.comment(Fakes.REGROUPEMENT, cycle.id(), "a1", CommentKind.COMMENT,
                "Préciser le territoire.", null, "ca1");
        ItemComment second = cycles.comment(Fakes.REGROUPEMENT, cycle.id(), "a2", CommentKind.COMMENT,
                "Pourquoi le 30e ?", null, "ca2");
        cycle = cycles.with(cycles.cycles.get(cycle.id()), CyclePhase.REVIEW, List.of("redactrice"), null);

        CycleView outsider = view(Fakes.boardMember("fr"), cycle);
        assertEquals("Seuls les membres du comité de rédaction répondent aux commentaires.",
                text(outsider, "cycle-review-committee-only"));
        assertFalse(has(outsider, "cycle-review-" + first.id() + "-accept"));
        assertEquals("En attente de la réponse du comité de rédaction",
                text(outsider, "cycle-review-" + first.id() + "-status"));

        CycleView view = view(Fakes.writer(), cycle);
        assertEquals("2 commentaires en attente, aucun accepté, aucun rejeté", text(view, "cycle-review-summary"));
        assertEquals("Sur\u00a0: 1.1.1 Tournée des membres", text(view, "cycle-review-" + first.id() + "-item"));
        get(view, Button.class, "cycle-review-" + first.id() + "-accept").click();
        assertEquals("La raison est obligatoire.",
                get(view, TextArea.class, "cycle-review-" + first.id() + "-reason").getErrorMessage());
        assertEquals(CommentStatus.OPEN, cycles.comments.get(0).status());

        get(view, TextArea.class, "cycle-review-" + first.id() + "-reason").setValue("Ajouté : toute la Montérégie.");
        get(view, Button.class, "cycle-review-" + first.id() + "-accept").click();
        get(view, TextArea.class, "cycle-review-" + second.id() + "-reason").setValue("Hors du mandat.");
        get(view, Button.class, "cycle-review-" + second.id() + "-reject").click();

        assertEquals(CommentStatus.ACCEPTED, cycles.comments.get(0).status());
        assertEquals("Ajouté : toute la Montérégie.", cycles.comments.get(0).reason());
        assertEquals("redactrice", cycles.comments.get(0).reviewedBy());
        assertEquals(CommentStatus.REJECTED, cycles.comments.get(1).status());
        assertEquals("Acceptée\u00a0: Ajouté : toute la Montérégie. (par Sophie Lavoie)",
                text(view, "cycle-review-" + first.id() + "-status"));
        assertEquals("Rejetée\u00a0: Hors du mandat. (par Sophie Lavoie)",
                text(view, "cycle-review-" + second.id() + "-status"));
        assertEquals("Aucun commentaire en attente, 1 accepté, 1 rejeté", text(view, "cycle-review-summary"));
    }

    /** After the review, its answers are read (with the whole working document) only when the section is opened. */
    @Test
    void theReviewSectionIsMadeWhenOpenedAfterTheReview() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.COMMENTS, plan.id());
        ItemComment comment = cycles.comment(Fakes.REGROUPEMENT, cycle.id(), "a1", CommentKind.COMMENT,
                "Préciser le territoire.", null, "ca1");
        cycle = cycles.with(cycles.cycles.get(cycle.id()), CyclePhase.ADOPTION, List.of("redactrice"), null);

        CycleView view = view(Fakes.boardMember("fr"), cycle);
        Details review = get(view, Details.class, "cycle-section-review");
        assertFalse(review.isOpened());
        assertFalse(has(view, "cycle-review-summary"), "nothing of the review is made yet");
        review.setOpened(true);
        assertEquals("1 commentaire en attente, aucun accepté, aucun rejeté", text(view, "cycle-review-summary"));
        assertEquals("Sur\u00a0: 1.1.1 Tournée des membres", text(view, "cycle-review-" + comment.id() + "-item"));
        assertFalse(has(view, "cycle-review-" + comment.id() + "-accept"), "no answer outside the review");
    }

    // ---- tasks

    @Test
    void openTasksCompleteWithTheirFormFields() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.MEETINGS, plan.id());
        WorkflowTask meetings = workflow.task(TaskKind.HOLD_MEETINGS, plan.id());
        WorkflowTask draft = workflow.task(TaskKind.DRAFT_PLAN, plan.id());
        WorkflowTask publish = workflow.task(TaskKind.PUBLISH_PLAN, plan.id());
        workflow.task(TaskKind.ANNUAL_REPORT, plan.id() + 1); // another plan's
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertEquals("Tenir les rencontres", text(view, "cycle-task-holdMeetings-name"));
        assertFalse(has(view, "cycle-task-prepareAnnualReport"));

        get(view, Checkbox.class, "cycle-task-holdMeetings-another-meeting").setValue(true);
        get(view, Button.class, "cycle-task-holdMeetings-complete").click();
        assertEquals(Map.of("anotherMeeting", true), workflow.completed.get(meetings.id()));
        assertFalse(has(view, "cycle-task-holdMeetings"));

        get(view, Button.class, "cycle-task-draftPlan-complete").click();
        assertEquals(Map.of(), workflow.completed.get(draft.id()));

        // The engine's per-field message shows beside the date
        workflow.failNext = new FormValidationException(publish.id(),
                Map.of("publishedOn", "La date de publication est invalide."));
        DatePicker publishedOn = get(view, DatePicker.class, "cycle-task-publishPlan-published-on");
        publishedOn.setValue(LocalDate.of(2025, 12, 1));
        get(view, Button.class, "cycle-task-publishPlan-complete").click();
        assertTrue(publishedOn.isInvalid());
        assertEquals("La date de publication est invalide.", publishedOn.getErrorMessage());
        assertEquals("Rien n'a été enregistré : corrigez les champs indiqués.", recorder.errors.getLast());
        assertFalse(workflow.completed.containsKey(publish.id()));

        get(view, Button.class, "cycle-task-publishPlan-complete").click();
        assertEquals(Map.of("publishedOn", "2025-12-01"), workflow.completed.get(publish.id()));
        assertEquals("Aucune tâche ne vous attend sur ce plan.", text(view, "cycle-tasks-empty"));
        assertEquals("Tâche terminée : Publier le plan adopté", recorder.successes.getLast());
    }

    @Test
    void aTaskSomeoneElseCompletedSaysSoAndGoesAway() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.COMMENTS, plan.id());
        workflow.task(TaskKind.FOLLOW_COMMENTS, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        workflow.tasks.clear();
        get(view, Button.class, "cycle-task-followComments-complete").click();
        assertEquals(List.of("Cette tâche n'est plus ouverte : quelqu'un l'a peut-être déjà terminée."),
                recorder.errors);
        assertTrue(has(view, "cycle-tasks-empty"));
    }

    @Test
    void boardMembersOpenTheDecisionFromTheCyclePage() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.ADOPTION, plan.id());
        WorkflowTask decision = workflow.task(TaskKind.BOARD_DECISION, plan.id());
        CycleView view = view(Fakes.boardMember("fr"), cycle);
        get(view, Button.class, "cycle-task-boardDecision-open").click();
        assertEquals(List.of("decision/" + decision.id()), recorder.navigations);
    }

    // ---- suivi et bilan annuel

    /** Before the follow-up, its section is closed and made only when opened: a row per action is heavy. */
    @Test
    void theFollowUpSectionIsMadeWhenFirstOpened() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.PUBLICATION, plan.id());
        CycleView view = view(Fakes.boardMember("fr"), cycle);
        Details followUp = get(view, Details.class, "cycle-section-followup");
        assertFalse(followUp.isOpened());
        assertFalse(has(view, "cycle-report-grid"), "nothing of the report is sent yet");

        followUp.setOpened(true);
        assertEquals(2, get(view, Grid.class, "cycle-report-grid").getListDataView().getItemCount());
        assertEquals("Sans statut\u00a0: 2", text(view, "cycle-report-unreported"));
        followUp.setOpened(false);
        followUp.setOpened(true);
        assertEquals(1, followUp.getContent().findFirst().orElseThrow().getChildren().count(), "made once");
    }

    @Test
    void followUpRecordsAMeetingThenEachActionsStatusAndTheAnnualReportCountsThem() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.FOLLOW_UP, plan.id());
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertTrue(get(view, Details.class, "cycle-section-followup").isOpened());
        assertEquals("Aucune rencontre de suivi n'a encore été consignée.", text(view, "cycle-followup-none"));
        assertEquals("Sans statut\u00a0: 2", text(view, "cycle-report-unreported"));

        get(view, DatePicker.class, "cycle-followup-date").setValue(LocalDate.of(2026, 3, 1));
        get(view, TextField.class, "cycle-followup-attendee-0-person").setValue("Lucie Bergeron");
        get(view, Button.class, "cycle-followup-save").click();
        assertEquals(MeetingKind.FOLLOW_UP, cycles.meetings.get(0).kind());
        assertEquals("Rencontre de suivi 1 – 1er mars 2026", text(view, "cycle-followup-latest-title"));

        get(view, Button.class, "cycle-progress-save").click();
        assertEquals("Aucun changement à enregistrer : choisissez le statut d'au moins une action.",
                text(view, "cycle-progress-error"));

        Select<ActionProgress> a1 = get(view, Select.class, "cycle-progress-a1-status");
        assertEquals("Réalisé", a1.getItemLabelGenerator().apply(ActionProgress.DONE));
        a1.setValue(ActionProgress.DONE);
        get(view, TextField.class, "cycle-progress-a1-comment").setValue("12 organismes visités");
        get(view, Select.class, "cycle-progress-a2-status").setValue(ActionProgress.POSTPONED);
        get(view, Button.class, "cycle-progress-save").click();

        long meetingId = cycles.meetings.get(0).id();
        assertEquals(List.of("a1 DONE 12 organismes visités " + meetingId, "a2 POSTPONED null " + meetingId),
                cycles.statuses.stream().map(CycleViewTest::describe).toList());
        assertEquals("2 statuts enregistrés.", recorder.successes.getLast());
        assertEquals(ActionProgress.DONE, get(view, Select.class, "cycle-progress-a1-status").getValue());
        assertEquals("Réalisé\u00a0: 1", text(view, "cycle-report-count-DONE"));
        assertEquals("Reporté\u00a0: 1", text(view, "cycle-report-count-POSTPONED"));
        assertEquals("En cours\u00a0: 0", text(view, "cycle-report-count-IN_PROGRESS"));
        assertEquals("Sans statut\u00a0: 0", text(view, "cycle-report-unreported"));
        assertEquals("1 rencontre de suivi", text(view, "cycle-report-meetings"));
        Grid<AnnualReport.Line> grid = get(view, Grid.class, "cycle-report-grid");
        List<AnnualReport.Line> lines = grid.getGenericDataView().getItems().toList();
        assertEquals(List.of("a1", "a2"), lines.stream().map(AnnualReport.Line::itemKey).toList());
        // per level: the orientation and its objective each count both actions, in numbers and words
        Grid<ProgressByLevel.Row> byLevel = get(view, Grid.class, "cycle-report-by-level");
        assertEquals(List.of("1 Financement et reconnaissance", "1.1 Vie associative"),
                byLevel.getGenericDataView().getItems().map(ProgressByLevel.Row::label).toList());
        assertEquals("Réalisé", byLevel.getColumnByKey("DONE").getHeaderText());
        ProgressByLevel.Row objective = byLevel.getGenericDataView().getItems().toList().get(1);
        assertEquals(List.of(1, 1, 0, 0), List.of(objective.count(ActionProgress.DONE),
                objective.count(ActionProgress.POSTPONED), objective.count(ActionProgress.IN_PROGRESS),
                objective.unreported()));

        // Saving again with nothing changed records nothing more
        get(view, Button.class, "cycle-progress-save").click();
        assertEquals(2, cycles.statuses.size());
    }

    @Test
    void aClosedCycleShowsTheReportReadOnly() {
        PlanCycle cycle = cycles.cycleIn(CyclePhase.FOLLOW_UP, plan.id());
        CycleMeeting meeting = cycles.recordMeeting(Fakes.REGROUPEMENT, cycle.id(), MeetingKind.FOLLOW_UP,
                new MeetingRecord(LocalDate.of(2026, 6, 10), List.of(), List.of(), null, List.of()), "animateur");
        cycles.reportProgress(Fakes.REGROUPEMENT, cycle.id(), meeting.id(), "a1", ActionProgress.IN_PROGRESS,
                null, "animateur");
        cycle = cycles.enterPhase(Fakes.REGROUPEMENT, cycle.id(), CyclePhase.CLOSED);
        CycleView view = view(Fakes.facilitator("fr"), cycle);
        assertTrue(get(view, Select.class, "cycle-progress-a1-status").isReadOnly());
        assertFalse(has(view, "cycle-progress-save"));
        assertFalse(has(view, "cycle-followup-save"));
        assertEquals("En cours\u00a0: 1", text(view, "cycle-report-count-IN_PROGRESS"));
        assertNull(get(view, Select.class, "cycle-progress-a2-status").getValue());
    }

    private static String describe(ActionStatus s) {
        return s.itemKey() + " " + s.progress() + " " + s.comment() + " " + s.meetingId();
    }
}
