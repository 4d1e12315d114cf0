package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The platform administrators' "Regroupements de la plateforme", built outside a running UI. */
class RegroupementsViewTest {

    static final UserAccount OPERATOR = new UserAccount("admin", "Isabelle Lavoie", Fakes.REGROUPEMENT,
            Set.of(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR), "fr");

    /** Regroupements in memory; every opening that reached it, with its first administrator made in the identity fake. */
    private final class FakeRegroupements implements RegroupementService {
        final List<Regroupement> all = new ArrayList<>();
        final List<String> opened = new ArrayList<>();

        @Override
        public List<Regroupement> all() {
            return all.stream().sorted(Comparator.comparing(Regroupement::name)).toList();
        }

        @Override
        public Regroupement open(String id, String name, String username, String displayName, char[] password) {
            Regroupement regroupement = new Regroupement(id, name);
            all.add(regroupement);
            identity.add(new UserAccount(username, displayName, id, Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), "fr"));
            opened.add(id + " " + username);
            return regroupement;
        }

        @Override
        public Regroupement rename(String id, String name) {
            all.replaceAll(r -> r.id().equals(id) ? new Regroupement(id, name) : r);
            return new Regroupement(id, name);
        }
    }

    private FakeIdentity identity;
    private FakeRegroupements regroupements;
    private Recorder recorder;

    @BeforeEach
    void setUp() {
        identity = new FakeIdentity();
        identity.add(OPERATOR);
        regroupements = new FakeRegroupements();
        regroupements.all.add(new Regroupement(Fakes.REGROUPEMENT, "TROC Montérégie"));
        regroupements.all.add(new Regroupement("rop-mauricie", "rop-mauricie"));
        recorder = new Recorder();
    }

    private RegroupementsView view(UserAccount user) {
        return new RegroupementsView(regroupements, identity, recorder.context(user));
    }

    @Test
    void listsTheRegroupementsByNameAndRenamesOne() {
        RegroupementsView view = view(OPERATOR);
        assertEquals(List.of("TROC Montérégie", "rop-mauricie"),
                view.grid().getGenericDataView().getItems().map(Regroupement::name).toList());
        assertTrue(find(view, Component.class, "regroupements-rename-hint").orElseThrow().isVisible());

        view.grid().asSingleSelect().setValue(new Regroupement("rop-mauricie", "rop-mauricie"));
        TextField name = find(view, TextField.class, "regroupements-rename-name").orElseThrow();
        assertEquals("rop-mauricie", name.getValue());
        name.setValue("  ");
        view.saveName();
        assertEquals("Inscrivez le nom du regroupement.", name.getErrorMessage());
        assertTrue(name.isInvalid());

        name.setValue("ROP Mauricie");
        find(view, Button.class, "regroupements-rename-save").orElseThrow().click();
        assertFalse(name.isInvalid());
        assertEquals(List.of("ROP Mauricie", "TROC Montérégie"),
                view.grid().getGenericDataView().getItems().map(Regroupement::name).toList());
        assertEquals(List.of("Nom enregistré\u00a0: ROP Mauricie"), recorder.successes);
    }

    @Test
    void opensARegroupementWithItsFirstAdministrator() {
        RegroupementsView view = view(OPERATOR);
        field(view, "regroupements-new-id").setValue(" cds-mauricie ");
        field(view, "regroupements-new-name").setValue("Consortium en développement social de la Mauricie");
        field(view, "regroupements-new-username").setValue("direction-cds");
        field(view, "regroupements-new-admin-name").setValue("Julie Bergeron");
        find(view, PasswordField.class, "regroupements-new-password").orElseThrow().setValue("secret-cds");
        find(view, Button.class, "regroupements-new-open").orElseThrow().click();

        assertEquals(List.of("cds-mauricie direction-cds"), regroupements.opened);
        assertEquals(List.of("Regroupement ouvert\u00a0: Consortium en développement social de la Mauricie,"
                + " administré par Julie Bergeron (direction-cds)"), recorder.successes);
        assertEquals("", field(view, "regroupements-new-id").getValue(), "the form is emptied");
        assertFalse(field(view, "regroupements-new-id").isInvalid());
        assertTrue(view.grid().getGenericDataView().getItems().anyMatch(r -> r.id().equals("cds-mauricie")));
    }

    @Test
    void eachMistakeIsSaidBesideItsFieldAndNothingIsOpened() {
        RegroupementsView view = view(OPERATOR);
        field(view, "regroupements-new-id").setValue("TROC Montérégie");
        field(view, "regroupements-new-username").setValue("admin");
        find(view, PasswordField.class, "regroupements-new-password").orElseThrow().setValue("abc");
        view.openRegroupement();

        assertEquals("Utilisez seulement des lettres minuscules sans accent, des chiffres et des traits d'union"
                + " entre les mots.", field(view, "regroupements-new-id").getErrorMessage());
        assertEquals("Inscrivez le nom du regroupement.", field(view, "regroupements-new-name").getErrorMessage());
        assertEquals("Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.",
                field(view, "regroupements-new-username").getErrorMessage());
        assertEquals("Inscrivez le nom complet de la personne.",
                field(view, "regroupements-new-admin-name").getErrorMessage());
        assertEquals("Le mot de passe doit avoir au moins 4 caractères.",
                find(view, PasswordField.class, "regroupements-new-password").orElseThrow().getErrorMessage());

        field(view, "regroupements-new-id").setValue("rop-mauricie");
        view.openRegroupement();
        assertEquals("Ce regroupement est déjà sur la plateforme. Choisissez un autre identifiant.",
                field(view, "regroupements-new-id").getErrorMessage());
        field(view, "regroupements-new-id").setValue("");
        view.openRegroupement();
        assertEquals("Inscrivez l'identifiant du regroupement.", field(view, "regroupements-new-id").getErrorMessage());
        assertEquals(List.of(), regroupements.opened);
        assertEquals(List.of(), recorder.successes);
    }

    @Test
    void onlyThePlatformsAdministratorsUseIt() {
        RegroupementsView view = view(new UserAccount("admin2", "Admin", Fakes.REGROUPEMENT, Set.of(Role.ADMINISTRATOR),
                "fr"));
        assertTrue(find(view, Component.class, "regroupements-denied").isPresent());
        assertFalse(find(view, Button.class, "regroupements-new-open").isPresent());

        RegroupementsView english = view(new UserAccount("admin", "Isabelle Lavoie", Fakes.REGROUPEMENT,
                OPERATOR.roles(), "en"));
        assertEquals("Regroupements of the platform | Concerto", english.getPageTitle());
    }

    private static TextField field(RegroupementsView view, String id) {
        return find(view, TextField.class, id).orElseThrow();
    }
}
