package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanStatus;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.PlanOutline;
import ca.concerto.plan.model.PlanOutline.Move;
import ca.concerto.plan.model.Schedule;
import ca.concerto.plan.model.Step;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plan editor, built outside a running UI, on documents edited as the store edits them. */
class PlanEditorViewTest {

    private static final Organization CDC = new Organization("cdc", "CDC de Longueuil", "CDC", OrganizationKind.MEMBER);
    private static final Organization CISSS = new Organization("cisss", "CISSS de la Montérégie-Centre", null,
            OrganizationKind.PARTNER);

    private FakePlanService plans;
    private FakeDocuments documents;
    private Recorder recorder;
    private long planId;

    private static PlanItem item(String key, int level, String number, PlanItem... children) {
        return new PlanItem(key, level, number, "Titre " + key, null, null, List.of(children));
    }

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        documents = new FakeDocuments(plans);
        recorder = new Recorder();
        PlanDocument document = new PlanDocument(null, "Plan d'action 2024-2025", null, Period.of("2024-2025"), null,
                null, List.of(new LevelDefinition("Orientation", NumberingStyle.DECIMAL),
                        new LevelDefinition("Objectif", NumberingStyle.DECIMAL),
                        new LevelDefinition("Action", NumberingStyle.DECIMAL)),
                List.of(item("o1", 0, "1", item("b1", 1, "1.1", item("a1", 2, "1.1.1"), item("a2", 2, "1.1.2"))),
                        item("o2", 0, "2", item("b2", 1, "2.1"))),
                List.of(CDC, CISSS), null, null, null, null, null);
        planId = documents.put(document);
    }

    private PlanEditorView open(UserAccount user) {
        PlanEditorView view = new PlanEditorView(plans, documents, r -> List.of(Fakes.facilitator("fr"),
                Fakes.boardMember("fr")), recorder.context(user));
        view.show(planId);
        return view;
    }

    private static void select(PlanEditorView view, String key) {
        view.tree().getTreeData(); // the rows exist once loaded
        view.tree().select(view.tree().getTreeData().getRootItems().stream()
                .flatMap(r -> java.util.stream.Stream.concat(java.util.stream.Stream.of(r),
                        descendants(view, r).stream()))
                .filter(r -> r.key().equals(key)).findFirst().orElseThrow());
    }

    private static List<OutlineRow> descendants(PlanEditorView view, OutlineRow row) {
        return view.tree().getTreeData().getChildren(row).stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), descendants(view, c).stream()))
                .toList();
    }

    private static Button button(PlanEditorView view, String id) {
        return find(view, Button.class, id).orElseThrow(() -> new AssertionError("no " + id));
    }

    private PlanDocument stored() {
        return documents.working.get(planId);
    }

    @Test
    void theTreeIsNumberedByTheTemplateAndTheToolsFollowTheSelection() {
        PlanEditorView view = open(Fakes.facilitator("fr"));
        assertEquals(List.of("1 Titre o1", "1.1 Titre b1", "1.1.1 Titre a1", "1.1.2 Titre a2", "2 Titre o2",
                "2.1 Titre b2"), view.outline());
        assertEquals("o1", view.tree().asSingleSelect().getValue().key(), "the first item is chosen");
        assertEquals("Modifier le plan : Plan d'action 2024-2025", allText(view, "editor-heading"));
        assertFalse(button(view, "editor-move-up").isEnabled());
        assertFalse(button(view, "editor-indent").isEnabled());
        assertFalse(button(view, "editor-outdent").isEnabled());
        assertTrue(button(view, "editor-move-down").isEnabled());

        select(view, "a2");
        assertEquals("Action 1.1.2", allText(view, "item-form-heading"));
        assertEquals("Titre a2", find(view, TextArea.class, "item-title").orElseThrow().getValue());
        assertFalse(button(view, "editor-add-child").isEnabled(), "an action has no level below it");
        assertFalse(button(view, "editor-indent").isEnabled(), "nor can it go one level deeper");
        assertTrue(button(view, "editor-move-up").isEnabled());
        assertTrue(button(view, "editor-outdent").isEnabled());
        assertEquals("Alt+Shift+ArrowUp", button(view, "editor-move-up").getElement().getAttribute("aria-keyshortcuts"));
    }

    @Test
    void addMoveIndentOutdentAndRemoveChangeTheStoredPlan() {
        PlanEditorView view = open(Fakes.facilitator("fr"));
        select(view, "a1");
        button(view, "editor-add-sibling").click();
        assertEquals(List.of("1 Titre o1", "1.1 Titre b1", "1.1.1 Titre a1", "1.1.2 Nouvel élément", "1.1.3 Titre a2",
                "2 Titre o2", "2.1 Titre b2"), view.outline());
        assertEquals("new-1", view.tree().asSingleSelect().getValue().key(), "the new item is chosen");

        button(view, "editor-move-down").click();
        button(view, "editor-outdent").click();
        assertEquals(List.of("1 Titre o1", "1.1 Titre b1", "1.1.1 Titre a1", "1.1.2 Titre a2", "1.2 Nouvel élément",
                "2 Titre o2", "2.1 Titre b2"), view.outline());
        view.move(Move.UP); // what Alt+Maj+↑ does
        assertEquals("1.1 Nouvel élément", view.outline().get(1));
        List<String> before = view.outline();
        assertEquals(List.of("1 Titre o1", "1.1 Nouvel élément", "1.2 Titre b1", "1.2.1 Titre a1", "1.2.2 Titre a2",
                "2 Titre o2", "2.1 Titre b2"), before);
        select(view, "b1");
        assertFalse(button(view, "editor-indent").isEnabled(), "its actions have no level below theirs");
        view.move(Move.INDENT); // what Alt+Maj+→ does: nothing here
        assertEquals(before, view.outline());
        select(view, "a2");
        view.move(Move.OUTDENT);
        select(view, "a2");
        view.move(Move.INDENT);
        assertEquals(before, view.outline(), "out of b1 and back in, as its last action");

        select(view, "o1");
        view.removeSelected("o1");
        assertEquals(List.of("1 Titre o2", "1.1 Titre b2"), view.outline());
        assertEquals("o2", view.tree().asSingleSelect().getValue().key(), "the next item is chosen");
        assertEquals(List.of("L'élément a été retiré."), recorder.successes);
        assertTrue(recorder.errors.isEmpty(), recorder.errors.toString());
    }

    @Test
    void everyFieldOfAnActionIsSavedAndAWrongFieldSaysWhyBesideIt() {
        PlanEditorView view = open(Fakes.facilitator("fr"));
        select(view, "a1");
        TextArea title = find(view, TextArea.class, "item-title").orElseThrow();
        title.setValue("  ");
        button(view, "editor-save").click();
        assertTrue(title.isInvalid());
        assertEquals("Le titre est obligatoire.", title.getErrorMessage());
        select(view, "a2");
        assertEquals("a1", view.tree().asSingleSelect().getValue().key(), "an invalid edit keeps its item chosen");
        assertEquals("Titre a1", PlanOutline.find(stored(), "a1").title(), "nothing was written");

        title.setValue("Tenir 4 rencontres régionales");
        find(view, TextArea.class, "item-description").orElseThrow().setValue("Avec les membres.");
        find(view, Checkbox.class, "item-is-action").orElseThrow().setValue(true);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Organization> responsibleOrganizations =
                find(view, MultiSelectComboBox.class, "item-responsible-organizations").orElseThrow();
        responsibleOrganizations.setValue(Set.of(CDC));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> responsible = find(view, MultiSelectComboBox.class, "item-responsible").orElseThrow();
        assertEquals(List.of("Jean-François Bouchard", "Marie-Josée Gagnon"),
                responsible.getListDataView().getItems().toList(), "people of the directory");
        responsible.setValue(Set.of("Marie-Josée Gagnon"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Organization> partners =
                find(view, MultiSelectComboBox.class, "item-partner-organizations").orElseThrow();
        partners.setValue(Set.of(CISSS));
        find(view, TextArea.class, "item-resources").orElseThrow().setValue("Comité de suivi\n\n Permanence ");
        find(view, TextArea.class, "item-expected-results").orElseThrow().setValue("Membres mobilisés");
        find(view, TextArea.class, "item-indicators").orElseThrow().setValue("Nombre de rencontres");
        find(view, TextField.class, "item-schedule").orElseThrow().setValue("Automne 2024");
        TextArea steps = find(view, TextArea.class, "item-steps").orElseThrow();
        steps.setValue("| RH");
        button(view, "editor-save").click();
        assertTrue(steps.isInvalid(), "a step without its text");
        steps.setValue("Diffuser les bons coups | RH\nRéserver la salle");
        find(view, TextArea.class, "item-notes").orElseThrow().setValue("Pas d'argent demandé");
        find(view, TextArea.class, "item-achievements").orElseThrow().setValue("2 rencontres tenues");
        find(view, TextArea.class, "item-ongoing").orElseThrow().setValue("Planification de l'hiver");
        find(view, Checkbox.class, "item-carried-over").orElseThrow().setValue(true);
        button(view, "editor-save").click();

        PlanItem saved = PlanOutline.find(stored(), "a1");
        assertEquals("Tenir 4 rencontres régionales", saved.title());
        assertEquals("Avec les membres.", saved.description());
        assertEquals(new ActionDetails(List.of("cdc"), List.of("Marie-Josée Gagnon"), List.of("cisss"),
                List.of("Comité de suivi", "Permanence"), List.of("Membres mobilisés"), List.of("Nombre de rencontres"),
                Schedule.of("Automne 2024"), List.of(new Step("Diffuser les bons coups", "RH"),
                        new Step("Réserver la salle", null)),
                List.of("Pas d'argent demandé"), List.of("2 rencontres tenues"), List.of("Planification de l'hiver"),
                true), saved.action());
        assertEquals(List.of("L'élément a été enregistré."), recorder.successes);
        assertEquals("1.1.1 Tenir 4 rencontres régionales", view.outline().get(2));

        // changes left in the form are saved when another item is chosen
        title.setValue("Tenir 5 rencontres régionales");
        select(view, "a2");
        assertEquals("Tenir 5 rencontres régionales", PlanOutline.find(stored(), "a1").title());
    }

    /** The regroupement's directory is offered beside the plan's list; a pick joins the plan's list on save. */
    @Test
    void organizationsArePickedFromTheDirectoryToo() {
        String regroupement = Fakes.facilitator("fr").regroupementId();
        plans.addOrganization(regroupement, "CDC de Longueuil", ca.concerto.plan.api.Organization.OrganizationKind.MEMBER);
        var centre = plans.addOrganization(regroupement, "Centre d'action bénévole de Boucherville",
                ca.concerto.plan.api.Organization.OrganizationKind.PARTNER);
        plans.addOrganization("rop-mauricie", "Un organisme d'ailleurs", ca.concerto.plan.api.Organization.OrganizationKind.MEMBER);
        PlanEditorView view = open(Fakes.facilitator("fr"));
        select(view, "a1");
        find(view, Checkbox.class, "item-is-action").orElseThrow().setValue(true);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Organization> partners =
                find(view, MultiSelectComboBox.class, "item-partner-organizations").orElseThrow();
        List<Organization> offered = partners.getListDataView().getItems().toList();
        Organization fromDirectory = new Organization("annuaire-" + centre.id(),
                "Centre d'action bénévole de Boucherville", null, OrganizationKind.PARTNER);
        // the CDC is the plan's already (same name): offered once, as the plan's
        assertEquals(List.of(CDC, CISSS, fromDirectory), offered);
        assertEquals("Un organisme de l'annuaire du regroupement que le plan ne nomme pas encore s'ajoute à la liste"
                + " du plan à l'enregistrement.", partners.getHelperText());

        partners.setValue(Set.of(CISSS, fromDirectory));
        button(view, "editor-save").click();

        assertEquals(List.of(CDC, CISSS, fromDirectory), stored().organizations());
        assertEquals(Set.of("cisss", fromDirectory.key()),
                Set.copyOf(PlanOutline.find(stored(), "a1").action().partnerOrganizations()));
        select(view, "a2");
        select(view, "a1");
        assertEquals(Set.of(CISSS, fromDirectory), partners.getValue(), "shown again as the plan's");
        assertEquals(3, partners.getListDataView().getItems().count());
    }

    @Test
    void aConflictKeepsWhatTheUserTypedAndTheirNextSaveWins() {
        PlanEditorView view = open(Fakes.facilitator("fr"));
        select(view, "b1");
        // someone else saves b1 meanwhile
        documents.updateItem(Fakes.REGROUPEMENT, planId, "b1", documents.revisions.get("b1"),
                PlanOutline.find(stored(), "b1").withTitle("Titre de Luc").withChildren(List.of()), "luc");
        TextArea title = find(view, TextArea.class, "item-title").orElseThrow();
        title.setValue("Titre d'Anne");
        button(view, "editor-save").click();
        assertEquals(List.of("Quelqu'un a modifié cet élément pendant que vous l'éditiez (son titre est maintenant"
                + " « Titre de Luc »). Vos modifications sont restées dans le formulaire : enregistrez-les pour"
                + " remplacer les siennes, ou annulez-les pour voir sa version."), recorder.errors);
        assertEquals("Titre d'Anne", title.getValue());
        assertEquals("Titre de Luc", PlanOutline.find(stored(), "b1").title());
        button(view, "editor-save").click();
        assertEquals("Titre d'Anne", PlanOutline.find(stored(), "b1").title());
        assertEquals(List.of("a1", "a2"), PlanOutline.find(stored(), "b1").children().stream().map(PlanItem::key)
                .toList(), "its sub-items stay");
    }

    @Test
    void boardMembersReadAndASubmittedPlanIsFrozen() {
        PlanEditorView read = open(Fakes.boardMember("fr"));
        assertFalse(find(read, com.vaadin.flow.component.Component.class, "editor-tools").orElseThrow().isVisible());
        assertTrue(find(read, TextArea.class, "item-title").orElseThrow().isReadOnly());
        assertEquals("Vous pouvez consulter l'arborescence; seuls les animateurs et animatrices peuvent la modifier.",
                allText(read, "editor-notice"));
        read.move(Move.DOWN);
        read.add(false);
        assertEquals("o1", stored().items().getFirst().key(), "nothing moved");

        plans.markSubmitted(Fakes.REGROUPEMENT, planId);
        PlanEditorView frozen = open(Fakes.facilitator("fr"));
        assertEquals("Le plan est soumis à l'instance d'adoption : il ne peut pas être modifié pendant qu'elle décide.",
                allText(frozen, "editor-notice"));
        assertTrue(find(frozen, TextArea.class, "item-title").orElseThrow().isReadOnly());

        // a plan that became submitted while the editor was open: the change is refused in words
        plans.withStatus(plans.findPlan(Fakes.REGROUPEMENT, planId).orElseThrow(), PlanStatus.DRAFT);
        PlanEditorView open = open(Fakes.facilitator("fr"));
        plans.markSubmitted(Fakes.REGROUPEMENT, planId);
        open.move(Move.DOWN);
        assertEquals(List.of("Le plan est soumis à l'instance d'adoption : il ne peut pas être modifié pendant qu'elle"
                + " décide."), recorder.errors);
        assertEquals("o1", stored().items().getFirst().key());

        PlanEditorView missing = new PlanEditorView(plans, documents, r -> List.of(), recorder.context(
                Fakes.facilitator("fr")));
        missing.show(9999L);
        assertEquals("Plan introuvable", allText(missing, "plan-not-found"));
        assertNull(missing.tree().asSingleSelect().getValue());
    }
}
