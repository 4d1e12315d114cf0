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
