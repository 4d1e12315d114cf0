package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.Plan;
import ca.concerto.plan.api.PlanDraft;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.ui.plans.impl.Fakes.FakePlanService;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridNoneSelectionModel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The regroupement's directory, built outside a running UI. */
class DirectoryViewTest {

    private FakePlanService plans;
    private Recorder recorder;
    private final List<UserAccount> people = List.of(Fakes.facilitator("fr"), Fakes.boardMember("fr"),
            new UserAccount("membre", "Karim Haddad", Fakes.REGROUPEMENT, Set.of(), "fr"));

    @BeforeEach
    void setUp() {
        plans = new FakePlanService();
        recorder = new Recorder();
    }

    private DirectoryView view(UserAccount user, Optional<PlanDocument> document) {
        return new DirectoryView(plans, regroupement -> people, (regroupement, planId) -> document,
                recorder.context(user));
    }

    @Test
    void facilitatorsAddOrganizationsAndSeeThemByKindInWords() {
        plans.addOrganization(Fakes.REGROUPEMENT, "CISSS de la Montérégie-Centre", Organization.OrganizationKind.PARTNER);
        plans.addOrganization("rop-mauricie", "Ailleurs", Organization.OrganizationKind.MEMBER);
        DirectoryView view = view(Fakes.facilitator("fr"), Optional.empty());
        assertEquals(List.of("CISSS de la Montérégie-Centre"), names(view));

        view.organizationName().setValue("  ");
        view.addOrganization();
        assertTrue(view.organizationName().isInvalid());
        assertEquals("Inscrivez le nom de l'organisme.", view.organizationName().getErrorMessage());

        view.organizationName().setValue("cisss de la montérégie-centre");
        view.addOrganization();
        assertEquals("Un organisme porte déjà ce nom.", view.organizationName().getErrorMessage());

        view.organizationName().setValue(" Centre de femmes de Longueuil ");
        view.organizationKind().setValue(Organization.OrganizationKind.MEMBER);
        find(view, Button.class, "directory-organization-add").orElseThrow().click();
        assertFalse(view.organizationName().isInvalid());
        assertEquals("", view.organizationName().getValue());
        assertEquals(List.of("Centre de femmes de Longueuil", "CISSS de la Montérégie-Centre"), names(view),
                "members first, then partners");
        assertEquals(List.of("Organisme ajouté\u00a0: Centre de femmes de Longueuil"), recorder.successes);
    }

    @Test
    void facilitatorsCorrectAnOrganizationsNameAndKindChosenInTheList() {
        Organization cdc = plans.addOrganization(Fakes.REGROUPEMENT, "CDC", Organization.OrganizationKind.MEMBER);
        plans.addOrganization(Fakes.REGROUPEMENT, "Équipe du CISSS", Organization.OrganizationKind.PARTNER);
        DirectoryView view = view(Fakes.facilitator("fr"), Optional.empty());
        assertFalse(view.editForm().isVisible());
        assertEquals("Pour corriger le nom ou le type d'un organisme, choisissez-le dans la liste.",
                allText(view, "directory-organization-edit-hint"));

        view.organizations().asSingleSelect().setValue(cdc);
        assertTrue(view.editForm().isVisible());
        assertEquals("Modifier l'organisme «\u00a0CDC\u00a0»", allText(view, "directory-organization-edit-heading"));
        assertEquals("CDC", view.editName().getValue());
        assertEquals(Organization.OrganizationKind.MEMBER, view.editKind().getValue());

        view.editName().setValue("équipe du cisss");
        view.saveOrganization();
        assertTrue(view.editName().isInvalid());
        assertEquals("Un organisme porte déjà ce nom.", view.editName().getErrorMessage());
        assertEquals("équipe du cisss", view.editName().getValue(), "what was typed stays");
        view.editName().setValue(" ");
        view.saveOrganization();
        assertEquals("Inscrivez le nom de l'organisme.", view.editName().getErrorMessage());
        assertEquals(List.of("CDC", "Équipe du CISSS"), names(view), "nothing changed by the refusals");

        view.editName().setValue(" CDC de Longueuil ");
        view.editKind().setValue(Organization.OrganizationKind.PARTNER);
        find(view, Button.class, "directory-organization-save").orElseThrow().click();
        assertEquals(List.of("CDC de Longueuil PARTNER", "Équipe du CISSS PARTNER"),
                view.organizations().getGenericDataView().getItems().map(o -> o.name() + " " + o.kind()).toList());
        assertEquals(cdc.id(), plans.organizations(Fakes.REGROUPEMENT).get(0).id(), "the same organization, corrected");
        assertEquals(List.of("Organisme modifié\u00a0: CDC de Longueuil"), recorder.successes);
        assertFalse(view.editForm().isVisible(), "the list is shown again, nothing chosen");
        assertTrue(view.organizations().asSingleSelect().isEmpty());

        // choosing another row, then cancelling, leaves it as it was
        Organization cisss = plans.organizations(Fakes.REGROUPEMENT).get(1);
        view.organizations().asSingleSelect().setValue(cisss);
        view.editName().setValue("Autre nom");
        find(view, Button.class, "directory-organization-cancel").orElseThrow().click();
        assertFalse(view.editForm().isVisible());
        assertEquals(List.of("CDC de Longueuil", "Équipe du CISSS"), names(view));
    }

    @Test
    void aFailedCorrectionKeepsWhatWasTypedAndSaysSo() {
        FakePlanService failing = new FakePlanService() {
            @Override
            public Organization updateOrganization(String regroupementId, long organizationId, String name,
                                                   Organization.OrganizationKind kind) {
                throw new IllegalStateException("base de données indisponible");
            }
        };
        Organization cdc = failing.addOrganization(Fakes.REGROUPEMENT, "CDC", Organization.OrganizationKind.MEMBER);
        DirectoryView view = new DirectoryView(failing, regroupement -> people, (regroupement, planId) -> Optional.empty(),
                recorder.context(Fakes.facilitator("fr")));
        view.organizations().asSingleSelect().setValue(cdc);
        view.editName().setValue("CDC de Longueuil");
        view.saveOrganization();
        assertEquals(List.of("L'organisme n'a pas pu être modifié. Vos changements sont toujours dans le formulaire"
                + "; réessayez."), recorder.errors);
        assertTrue(view.editForm().isVisible());
        assertEquals("CDC de Longueuil", view.editName().getValue());
        assertEquals(List.of("CDC"), names(view));
    }

    @Test
    void boardMembersReadPeopleWithRolesInWordsAndTheLatestPlansCommittees() {
        plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Plan 2023-2024", "2023-2024", null, List.of()), "x");
        Plan latest = plans.createPlan(Fakes.REGROUPEMENT, new PlanDraft("Plan 2025-2026", "2025-2026", null,
                List.of()), "x");
        Committee chantier = new Committee("c1", null, "Chantier Mobilité", null, null, null, null, null,
                "4 rencontres par année", List.of(new CommitteeMember("Sophie Tremblay", "CAB du Haut-Richelieu",
                        null, "coordonnatrice", null), new CommitteeMember("Luc Pelletier", null, null, null, null)),
                null);
        PlanDocument document = new PlanDocument("1.0", latest.title(), null, Period.of("2025-2026"), null, null,
                List.of(new LevelDefinition("Action", NumberingStyle.DECIMAL)), List.of(), null, List.of(chantier),
                null, null, null, null);
        DirectoryView view = view(Fakes.boardMember("en"), Optional.of(document));

        assertFalse(find(view, Component.class, "directory-organization-add").isPresent(), "only facilitators add");
        assertFalse(find(view, Component.class, "directory-organization-edit").isPresent(), "and correct");
        assertTrue(view.organizations().getSelectionModel() instanceof GridNoneSelectionModel,
                "nothing to choose in the list");
        assertEquals("Facilitation", view.roles(Fakes.facilitator("fr")));
        assertEquals("No role", view.roles(people.get(2)));
        assertEquals("Committees named in the plan “Plan 2025-2026”:", allText(view, "directory-committees-source"));
        String committee = allText(view, "directory-committee-c1");
        assertTrue(committee.contains("Chantier Mobilité") && committee.contains("4 rencontres par année")
                && committee.contains("Sophie Tremblay (CAB du Haut-Richelieu, coordonnatrice)")
                && committee.contains("Luc Pelletier"), committee);

        DirectoryView empty = view(Fakes.boardMember("fr"), Optional.empty());
        assertEquals("Aucun plan du regroupement ne nomme de comité pour l'instant.",
                allText(empty, "directory-committees-none"));
    }

    private static List<String> names(DirectoryView view) {
        return view.organizations().getGenericDataView().getItems().map(Organization::name).toList();
    }
}
