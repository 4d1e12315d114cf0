package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.MemberStatus;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.Project;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's committees, built outside a running UI, on documents edited as the store edits them. */
class CommitteesViewTest {

    private static final Organization CDC = new Organization("cdc", "CDC de Longueuil", "CDC", OrganizationKind.MEMBER);
    private static final Committee HOUSING = new Committee("logement", "Annexe B", "Comité logement", null,
            List.of("Contexte"), List.of("1. Documenter les besoins"), List.of("Objectif"), List.of(), "6 rencontres",
            List.of(new CommitteeMember("Luc Pelletier", "CDC de Longueuil", "cdc", "président", MemberStatus.MEMBER)),
            List.of());
    private static final Committee FOOD = new Committee("alimentation", null, "Comité sécurité alimentaire", null,
            null, null, null, null, null, List.of(), null);

    private FakePlanService plans;
    private FakeDocuments documents;
    private Recorder recorder;
    private long planId;
    private ca.concerto.plan.api.Organization youth;

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        documents = new FakeDocuments(plans);
        recorder = new Recorder();
        youth = plans.addOrganization(Fakes.REGROUPEMENT, "Maison des jeunes",
                ca.concerto.plan.api.Organization.OrganizationKind.MEMBER);
        // a project of the plan is the housing committee's: the committee cannot leave the plan
        Project project = new Project("projet-1", null, "Projet logement", null, "logement", null, null, null, null,
                null, null);
        PlanDocument document = new PlanDocument(null, "Plan d'action 2024-2025", null, Period.of("2024-2025"), null,
                null, List.of(new LevelDefinition("Action", NumberingStyle.DECIMAL)), List.of(), List.of(CDC),
                List.of(HOUSING, FOOD), null, null, List.of(project), null);
        planId = documents.put(document);
    }

    private CommitteesView open(UserAccount user) {
        CommitteesView view = new CommitteesView(plans, documents, recorder.context(user));
        view.show(planId);
        return view;
    }

    private List<Committee> stored() {
        return documents.working.get(planId).committees();
    }

    private static void click(Component root, String id) {
        find(root, Button.class, id).orElseThrow(() -> new AssertionError("no button " + id)).click();
    }

    @Test
    void aFacilitatorAddsACommitteeWithAMemberOfAnOrganizationFromTheDirectory() {
        CommitteesView view = open(Fakes.facilitator("fr"));
        assertEquals(List.of(HOUSING, FOOD), view.listed());
        assertFalse(view.formPane().isVisible());
        assertEquals("Pour modifier un comité ou ses membres, choisissez-le dans la liste.",
                allText(view, "committees-hint"));
        assertEquals("Comités du plan : Plan d'action 2024-2025", allText(view, "committees-heading"));

        click(view, "committees-add");
        assertTrue(view.formPane().isVisible());
        assertEquals("Nouveau comité", allText(view, "committees-form-heading"));
        view.save();
        assertEquals("Inscrivez le nom du comité.", view.form().nameField().getErrorMessage());
        assertTrue(view.form().nameField().isInvalid());

        view.form().nameField().setValue(" Chantier Mobilité ");
        view.form().frequencyField().setValue("4 rencontres par année");
        click(view, "committee-add-member");
        CommitteeForm.MemberRow sophie = view.form().member(0);
        sophie.name.setValue("Sophie Tremblay");
        assertEquals(List.of("CDC de Longueuil", "Maison des jeunes"),
                sophie.organization.getGenericDataView().getItems().map(Organization::name).toList(),
                "the plan's organizations, then the directory's it does not list");
        sophie.organization.setValue(sophie.organization.getGenericDataView().getItems()
                .filter(o -> o.name().equals("Maison des jeunes")).findFirst().orElseThrow());
        sophie.role.setValue("coordonnatrice");
        click(view, "committee-add-member");
        view.save();
        assertTrue(view.form().member(1).name.isInvalid(), "a member without a name");
        assertEquals("Inscrivez le nom de la personne, ou retirez cette ligne.",
                view.form().member(1).name.getErrorMessage());
        assertEquals(2, stored().size(), "nothing saved");
        assertEquals("Retirer ce membre du comité", view.form().member(1).remove.getAriaLabel().orElseThrow());
        view.form().member(1).remove.click();
        assertEquals(1, view.form().memberCount());

        click(view, "committees-save");
        assertEquals(List.of("Comité enregistré\u00a0: Chantier Mobilité"), recorder.successes);
        PlanDocument saved = documents.working.get(planId);
        Committee mobility = saved.committees().get(2);
        assertEquals("Chantier Mobilité", mobility.name());
        assertEquals("4 rencontres par année", mobility.meetingFrequency());
        assertEquals(List.of(new CommitteeMember("Sophie Tremblay", null, ItemForm.DIRECTORY_KEY_PREFIX + youth.id(),
                "coordonnatrice", MemberStatus.MEMBER)), mobility.members());
        assertEquals(List.of("CDC de Longueuil", "Maison des jeunes"),
                saved.organizations().stream().map(Organization::name).toList(), "the directory's organization joins the plan");
        assertEquals(3, view.listed().size());
        assertEquals("Comité «\u00a0Chantier Mobilité\u00a0»", allText(view, "committees-form-heading"),
                "the saved committee stays open");
        Messages fr = Messages.of(Fakes.facilitator("fr"));
        assertEquals(List.of("Aucun membre", "1 membre", "12 membres"), List.of(fr.format("committees.memberCount", 0),
                fr.format("committees.memberCount", 1), fr.format("committees.memberCount", 12)));
    }

    @Test
    void aCorrectionKeepsTheCommitteesOtherTextAndItsKey() {
        CommitteesView view = open(Fakes.facilitator("fr"));
        view.grid().select(HOUSING);
        assertEquals("Comité «\u00a0Comité logement\u00a0»", allText(view, "committees-form-heading"));
        assertEquals("Luc Pelletier", view.form().member(0).name.getValue());
        assertEquals(CDC, view.form().member(0).organization.getValue());
        view.form().nameField().setValue("Comité logement social");
        view.form().member(0).status.setValue(MemberStatus.ASSOCIATED);
        view.save();
        Committee saved = stored().get(0);
        assertEquals(new Committee("logement", "Annexe B", "Comité logement social", null, List.of("Contexte"),
                List.of("1. Documenter les besoins"), List.of("Objectif"), List.of(), "6 rencontres",
                List.of(new CommitteeMember("Luc Pelletier", "CDC de Longueuil", "cdc", "président",
                        MemberStatus.ASSOCIATED)), List.of()), saved);
    }

    @Test
    void someoneElsesSaveMeanwhileIsToldAndWhatWasTypedStays() {
        CommitteesView view = open(Fakes.facilitator("fr"));
        view.grid().select(FOOD);
        view.form().nameField().setValue("Comité alimentation");
        // another facilitator saves the same committee first
        Committee theirs = new Committee("alimentation", null, "Table en sécurité alimentaire", null, null, null, null,
                null, null, List.of(), null);
        documents.saveCommittee(Fakes.REGROUPEMENT, planId, FOOD, theirs, List.of(), "autre");

        view.save();
        assertTrue(view.error().isVisible());
        assertTrue(view.error().getText().startsWith("Quelqu'un d'autre a modifié ce comité"), view.error().getText());
        assertEquals("Comité alimentation", view.form().nameField().getValue());
        assertEquals(theirs, stored().get(1), "nothing written over theirs");
        assertTrue(recorder.successes.isEmpty());

        // saving again, knowingly, replaces their version
        view.save();
        assertEquals("Comité alimentation", stored().get(1).name());
        assertFalse(view.error().isVisible());
    }

    @Test
    void aCommitteeLeavesThePlanUnlessAProjectRefersToIt() {
        CommitteesView view = open(Fakes.facilitator("fr"));
        view.grid().select(HOUSING);
        view.remove(HOUSING);
        assertEquals("Ce comité ne peut pas être retiré\u00a0: une rencontre ou un projet du plan y fait référence.",
                view.error().getText());
        assertEquals(List.of(HOUSING, FOOD), stored());

        view.grid().select(FOOD);
        view.remove(FOOD);
        assertEquals(List.of(HOUSING), stored());
        assertEquals(List.of(HOUSING), view.listed());
        assertFalse(view.formPane().isVisible());
        assertEquals(List.of("Comité retiré du plan\u00a0: Comité sécurité alimentaire"), recorder.successes);
        // removed again from a screen that still shows it
        view.remove(FOOD);
        assertTrue(view.error().getText().startsWith("Quelqu'un d'autre a retiré ce comité"), view.error().getText());
    }

    @Test
    void othersReadTheCommitteesAndNobodyChangesThemWhileTheBoardDecides() {
        CommitteesView board = open(Fakes.boardMember("fr"));
        assertEquals("Vous pouvez consulter les comités; seuls les animateurs et animatrices peuvent les modifier.",
                allText(board, "committees-notice"));
        assertFalse(find(board, Button.class, "committees-add").orElseThrow().isVisible());
        board.grid().select(HOUSING);
        assertTrue(board.formPane().isVisible());
        assertTrue(board.form().nameField().isReadOnly());
        assertTrue(board.form().member(0).name.isReadOnly());
        assertFalse(find(board, Button.class, "committees-save").orElseThrow().isVisible());
        assertFalse(find(board, Button.class, "committee-add-member").orElseThrow().isVisible());
        board.form().nameField().setValue("Essai");
        board.save();
        assertEquals(List.of(HOUSING, FOOD), stored(), "a reader's save writes nothing");

        plans.markSubmitted(Fakes.REGROUPEMENT, planId);
        CommitteesView facilitator = open(Fakes.facilitator("en"));
        assertEquals("The plan is submitted to the adopting body: it cannot change while the body decides.",
                allText(facilitator, "committees-notice"));
        assertFalse(find(facilitator, Button.class, "committees-add").orElseThrow().isVisible());
        assertEquals("Committees of the plan: Plan d'action 2024-2025", allText(facilitator, "committees-heading"));

        CommitteesView nowhere = new CommitteesView(plans, documents, recorder.context(Fakes.facilitator("fr")));
        nowhere.show(999L);
        assertEquals("Plan introuvable", allText(nowhere, "plan-not-found"));
    }
}
