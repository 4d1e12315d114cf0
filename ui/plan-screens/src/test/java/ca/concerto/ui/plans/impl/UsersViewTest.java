package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.LastAdministratorException;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The administrators' "Utilisateurs et rôles", built outside a running UI. */
class UsersViewTest {

    static final UserAccount ADMIN = new UserAccount("admin", "Sylvie Côté", Fakes.REGROUPEMENT,
            Set.of(Role.ADMINISTRATOR, Role.FACILITATOR), "fr");

    private FakeIdentity identity;
    private Recorder recorder;

    @BeforeEach
    void setUp() {
        identity = new FakeIdentity();
        recorder = new Recorder();
        identity.add(ADMIN);
        identity.add(new UserAccount("animateur", "Marie-Josée Gagnon", Fakes.REGROUPEMENT, Set.of(Role.FACILITATOR),
                "en"));
        identity.add(Fakes.boardMember("fr"));
        identity.add(new UserAccount("admin-rop", "Admin ROP", "rop-mauricie", Set.of(Role.ADMINISTRATOR), "fr"));
    }

    private UsersView view(UserAccount user) {
        return new UsersView(identity, recorder.context(user));
    }

    @Test
    void anAdministratorClosesTheAccountOfSomeoneWhoLeftAndReopensIt() {
        UsersView view = view(ADMIN);
        UserAccount board = identity.findUser("ca1").orElseThrow();
        view.users().asSingleSelect().setValue(board);
        assertEquals("Ce compte est ouvert\u00a0: la personne peut se connecter.", allText(view, "users-access-state"));
        Button toggle = find(view, Button.class, "users-access-toggle").orElseThrow();
        assertEquals("Fermer le compte", toggle.getText());

        toggle.click();
        assertFalse(identity.findUser("ca1").orElseThrow().active());
        assertTrue(identity.authenticate("ca1", "demo".toCharArray()).isEmpty());
        UserAccount listed = view.listed().stream().filter(u -> u.username().equals("ca1")).findFirst().orElseThrow();
        assertEquals("Fermé", view.account(listed), "the list shows it closed, in words");
        assertEquals("Rouvrir le compte", toggle.getText(), "the same user stays chosen");
        assertTrue(allText(view, "users-access-state").startsWith("Ce compte est fermé"));
        assertEquals(List.of("Compte de " + board.displayName() + " fermé\u00a0: la personne ne peut plus se connecter."),
                recorder.successes);

        toggle.click();
        assertTrue(identity.authenticate("ca1", "demo".toCharArray()).isPresent());

        // the administrator's own account cannot be closed from here; the store's refusal is said in words
        view.users().asSingleSelect().setValue(ADMIN);
        assertFalse(toggle.isEnabled());
        view.users().asSingleSelect().setValue(identity.findUser("animateur").orElseThrow());
        identity.failNext = new LastAdministratorException(Fakes.REGROUPEMENT, "animateur");
        toggle.click();
        assertTrue(allText(view, "users-access-error").startsWith("Ce compte ne peut pas être fermé"));
        assertTrue(identity.findUser("animateur").orElseThrow().active());
    }

    @Test
    void anAdministratorReplacesAChosenUsersForgottenPassword() {
        UsersView view = view(ADMIN);
        UserAccount animateur = identity.findUser("animateur").orElseThrow();
        view.users().asSingleSelect().setValue(animateur);
        view.resetPasswordField().setValue("abc");
        view.resetPassword();
        assertEquals("Le mot de passe doit avoir au moins 4 caractères.", view.resetPasswordField().getErrorMessage());
        assertTrue(identity.authenticate("animateur", "demo".toCharArray()).isPresent(), "unchanged");

        identity.failNext = new IllegalStateException("base de données indisponible");
        view.resetPasswordField().setValue("nouveau départ");
        view.resetPassword();
        assertEquals("Le mot de passe n'a pas pu être remplacé. Réessayez.", view.resetPasswordField().getErrorMessage());
        assertEquals("nouveau départ", view.resetPasswordField().getValue(), "kept, to try again");

        view.resetPassword();
        assertFalse(view.resetPasswordField().isInvalid());
        assertEquals("", view.resetPasswordField().getValue());
        assertTrue(identity.authenticate("animateur", "nouveau départ".toCharArray()).isPresent());
        assertTrue(identity.authenticate("animateur", "demo".toCharArray()).isEmpty());
        assertTrue(identity.hasTemporaryPassword("animateur"), "to be replaced at her next sign-in");
        assertEquals(List.of("Le mot de passe de Marie-Josée Gagnon a été remplacé\u00a0: l'ancien ne permet plus "
                + "d'entrer. Transmettez-lui le nouveau de façon sûre; la personne le changera dans «\u00a0Mon compte\u00a0»."),
                recorder.successes);
    }

    @Test
    void listsOnlyTheRegroupementsUsersWithRolesAndLanguageInWords() {
        UsersView view = view(ADMIN);

        assertEquals(List.of("admin", "animateur", "ca1"), usernames(view), "not the other regroupement's admin");
        assertTrue(find(view, Grid.class, "users-grid").isPresent());
        assertEquals("Administration, Animation", view.roles(ADMIN));
        assertEquals("Aucun rôle", view.roles(new UserAccount("x", "X", Fakes.REGROUPEMENT, Set.of(), "fr")));
        assertEquals("Anglais", view.language(identity.findUser("animateur").orElseThrow()));
        assertEquals("Français", view.language(ADMIN));
        assertEquals("Utilisateurs et rôles | Concerto", view.getPageTitle());

        // nothing chosen yet: a hint, no roles form
        assertFalse(find(view, Component.class, "users-roles").orElseThrow().isVisible());
        assertTrue(find(view, Component.class, "users-roles-hint").orElseThrow().isVisible());
        assertFalse(find(view, Checkbox.class, "users-role-PLATFORM_ADMINISTRATOR").isPresent(), "given at set-up");
        assertFalse(find(view, Checkbox.class, "users-new-role-PLATFORM_ADMINISTRATOR").isPresent(), "given at set-up");
        for (Role role : UsersView.GRANTED_ROLES) {
            assertEquals(view.roleBox(role), find(view, Checkbox.class, "users-role-" + role.name()).orElseThrow());
            assertEquals(view.newRoleBox(role), find(view, Checkbox.class, "users-new-role-" + role.name())
                    .orElseThrow());
            assertFalse(view.newRoleBox(role).getLabel().isBlank(), role.name());
        }
        // every field has a label
        assertEquals("Nom d'utilisateur", find(view, TextField.class, "users-new-username").orElseThrow().getLabel());
        assertEquals("Nom complet", find(view, TextField.class, "users-new-name").orElseThrow().getLabel());
        assertEquals("Mot de passe temporaire",
                find(view, PasswordField.class, "users-new-password").orElseThrow().getLabel());
        assertEquals("Administration", view.newRoleBox(Role.ADMINISTRATOR).getLabel());
        assertTrue(find(view, Component.class, "users-new").isPresent());

        UsersView english = view(new UserAccount("admin", "Sylvie Côté", Fakes.REGROUPEMENT,
                Set.of(Role.ADMINISTRATOR), "en"));
        assertEquals("Users and roles", allText(english, "users-heading"));
        assertEquals("Facilitation", english.roles(identity.findUser("animateur").orElseThrow()));
        assertEquals("English", english.language(identity.findUser("animateur").orElseThrow()));
    }

    @Test
    void changingRolesSavesAndRefreshesTheGrid() {
        UsersView view = view(ADMIN);
        UserAccount ca1 = identity.findUser("ca1").orElseThrow();
        view.users().asSingleSelect().setValue(ca1);

        assertTrue(find(view, Component.class, "users-roles").orElseThrow().isVisible());
        assertEquals("Rôles de Jean-François Bouchard (ca1)", allText(view, "users-roles-heading"));
        assertTrue(view.roleBox(Role.BOARD_MEMBER).getValue());
        assertFalse(view.roleBox(Role.FACILITATOR).getValue());
        assertFalse(view.roleBox(Role.ADMINISTRATOR).getValue());

        view.roleBox(Role.FACILITATOR).setValue(true);
        find(view, Button.class, "users-roles-save").orElseThrow().click();

        Set<Role> expected = Set.of(Role.BOARD_MEMBER, Role.FACILITATOR);
        assertEquals(expected, identity.findUser("ca1").orElseThrow().roles());
        UserAccount listed = view.listed().stream().filter(u -> u.username().equals("ca1")).findFirst().orElseThrow();
        assertEquals(expected, listed.roles(), "the grid shows the saved roles");
        assertEquals("Animation, Conseil d'administration", view.roles(listed));
        assertEquals(expected, view.editing().orElseThrow().roles(), "still chosen, with its new roles");
        assertTrue(view.roleBox(Role.FACILITATOR).getValue());
        assertEquals(List.of("Rôles enregistrés pour Jean-François Bouchard."), recorder.successes);
        assertFalse(find(view, Component.class, "users-roles-error").orElseThrow().isVisible());
        assertTrue(identity.authenticate("ca1", "demo".toCharArray()).isPresent(), "the password stays");
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndTheCheckboxesStay() {
        UsersView view = view(ADMIN);
        view.users().asSingleSelect().setValue(ADMIN);
        view.roleBox(Role.ADMINISTRATOR).setValue(false);
        view.roleBox(Role.MEMBER).setValue(true);
        find(view, Button.class, "users-roles-save").orElseThrow().click();

        Component error = find(view, Component.class, "users-roles-error").orElseThrow();
        assertTrue(error.isVisible());
        assertEquals("Le regroupement doit garder au moins un·e administrateur·trice. Donnez d'abord ce rôle à une "
                + "autre personne, puis retirez-le à celle-ci.", allText(view, "users-roles-error"));
        assertEquals("alert", error.getElement().getAttribute("role"));
        assertFalse(view.roleBox(Role.ADMINISTRATOR).getValue(), "what was checked stays");
        assertTrue(view.roleBox(Role.MEMBER).getValue());
        assertTrue(view.roleBox(Role.FACILITATOR).getValue());
        assertEquals(ADMIN, identity.findUser("admin").orElseThrow(), "nothing changed");
        assertTrue(view.listed().contains(ADMIN));
        assertEquals(List.of(), recorder.successes);

        // once a second administrator exists, the first may step down
        view.users().asSingleSelect().setValue(identity.findUser("animateur").orElseThrow());
        assertFalse(error.isVisible(), "choosing someone else clears the message");
        view.roleBox(Role.ADMINISTRATOR).setValue(true);
        view.saveRoles();
        view.users().asSingleSelect().setValue(identity.findUser("admin").orElseThrow());
        view.roleBox(Role.ADMINISTRATOR).setValue(false);
        view.saveRoles();
        assertFalse(error.isVisible());
        assertEquals(Set.of(Role.FACILITATOR), identity.findUser("admin").orElseThrow().roles());
        assertEquals(2, recorder.successes.size());
    }

    @Test
    void otherFailuresShowBesideTheFormInWords() {
        UsersView view = view(ADMIN);
        view.users().asSingleSelect().setValue(identity.findUser("ca1").orElseThrow());
        view.roleBox(Role.MEMBER).setValue(true);

        identity.failNext = new IllegalStateException("database down");
        view.saveRoles();
        assertEquals("Les rôles n'ont pas pu être enregistrés. Réessayez.", allText(view, "users-roles-error"));
        assertTrue(view.roleBox(Role.MEMBER).getValue());

        identity.users.remove("ca1"); // removed meanwhile
        view.saveRoles();
        assertEquals("Cette personne ne fait plus partie du regroupement. Actualisez la page.",
                allText(view, "users-roles-error"));
        assertEquals(List.of(), recorder.successes);
    }

    @Test
    void aTakenNameOrAShortPasswordIsShownBesideTheFieldAndNothingIsCreated() {
        UsersView view = view(ADMIN);
        view.newUsername().setValue("ca1");
        view.newName().setValue("Nadia Roy");
        view.newPassword().setValue("abc");
        view.newRoleBox(Role.MEMBER).setValue(true);
        find(view, Button.class, "users-new-create").orElseThrow().click();

        assertTrue(view.newUsername().isInvalid());
        assertEquals("Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.", view.newUsername().getErrorMessage());
        assertTrue(view.newPassword().isInvalid());
        assertEquals("Le mot de passe doit avoir au moins 4 caractères.", view.newPassword().getErrorMessage());
        assertFalse(view.newName().isInvalid());
        assertEquals("ca1", view.newUsername().getValue(), "what was typed stays");
        assertEquals("Nadia Roy", view.newName().getValue());
        assertEquals("abc", view.newPassword().getValue());
        assertTrue(view.newRoleBox(Role.MEMBER).getValue());
        assertEquals(List.of(), identity.calls, "nothing reached the store");
        assertEquals(List.of("admin", "animateur", "ca1"), usernames(view));

        // taken in another regroupement too: usernames are unique across the platform
        view.newUsername().setValue("admin-rop");
        view.newPassword().setValue("secret");
        view.createUser();
        assertEquals("Ce nom d'utilisateur est déjà pris. Choisissez-en un autre.", view.newUsername().getErrorMessage());
        assertFalse(view.newPassword().isInvalid());
        assertEquals(List.of(), identity.calls);

        // nothing filled in
        view.newUsername().setValue("");
        view.newName().setValue(" ");
        view.newPassword().setValue("");
        view.newRoleBox(Role.MEMBER).setValue(false);
        view.createUser();
        assertEquals("Inscrivez un nom d'utilisateur.", view.newUsername().getErrorMessage());
        assertTrue(view.newName().isInvalid());
        assertEquals("Inscrivez le nom complet de la personne.", view.newName().getErrorMessage());
        assertTrue(view.newPassword().isInvalid());
        assertEquals("Choisissez au moins un rôle.", allText(view, "users-new-roles-error"));
        assertTrue(find(view, Component.class, "users-new-roles-error").orElseThrow().isVisible());

        view.newUsername().setValue("nadia roy");
        view.createUser();
        assertEquals("Le nom d'utilisateur ne peut pas contenir d'espace.", view.newUsername().getErrorMessage());
        assertEquals(List.of(), identity.calls);
        assertEquals(List.of(), recorder.successes);
    }

    @Test
    void aValidCreationAppearsInTheGridAndClearsTheForm() {
        UsersView view = view(ADMIN);
        view.newUsername().setValue("  nroy ");
        view.newName().setValue("Nadia Roy");
        view.newPassword().setValue("secret");
        view.newRoleBox(Role.MEMBER).setValue(true);
        view.newRoleBox(Role.BOARD_MEMBER).setValue(true);
        find(view, Button.class, "users-new-create").orElseThrow().click();

        UserAccount created = identity.findUser("nroy").orElseThrow();
        assertEquals(new UserAccount("nroy", "Nadia Roy", Fakes.REGROUPEMENT, Set.of(Role.MEMBER, Role.BOARD_MEMBER),
                "fr"), created, "in the administrator's regroupement");
        assertTrue(identity.authenticate("nroy", "secret".toCharArray()).isPresent());
        assertTrue(identity.hasTemporaryPassword("nroy"), "she chooses her own at her first sign-in");
        assertEquals(List.of("admin", "animateur", "ca1", "nroy"), usernames(view));
        assertEquals(List.of("Personne utilisatrice ajoutée\u00a0: Nadia Roy (nroy)"), recorder.successes);
        assertEquals("", view.newUsername().getValue());
        assertEquals("", view.newName().getValue());
        assertEquals("", view.newPassword().getValue());
        assertFalse(view.newUsername().isInvalid());
        assertFalse(view.newPassword().isInvalid());
        for (Role role : UsersView.GRANTED_ROLES) {
            assertFalse(view.newRoleBox(role).getValue(), role.name());
        }
        assertFalse(find(view, Component.class, "users-new-roles-error").orElseThrow().isVisible());

        // a store failure keeps what was typed and says so
        view.newUsername().setValue("autre");
        view.newName().setValue("Autre Personne");
        view.newPassword().setValue("secret");
        view.newRoleBox(Role.MEMBER).setValue(true);
        identity.failNext = new IllegalStateException("database down");
        view.createUser();
        assertEquals(List.of("La personne n'a pas pu être ajoutée. Réessayez."), recorder.errors);
        assertEquals("autre", view.newUsername().getValue());
        assertTrue(identity.findUser("autre").isEmpty());
    }

    @Test
    void onlyAdministratorsSeeTheForms() {
        UsersView view = view(Fakes.facilitator("fr"));
        assertTrue(find(view, Component.class, "users-denied").isPresent());
        assertFalse(find(view, Component.class, "users-grid").isPresent());
        assertFalse(find(view, Component.class, "users-new").isPresent());
    }

    @Test
    void theScreenIsForAdministratorsAfterTheDirectory() {
        UsersScreen screen = new UsersScreen(identity);
        assertEquals("admin/users", screen.route());
        assertEquals(UsersView.class, screen.viewType());
        assertEquals(Set.of(Role.ADMINISTRATOR), screen.allowedRoles());
        assertTrue(screen.menuOrder() > new DirectoryScreen(null, null, null).menuOrder());
        assertTrue(screen.inMenu());
        assertEquals("Utilisateurs et rôles", screen.title(Locale.CANADA_FRENCH));
        assertEquals("Users and roles", screen.title(Locale.CANADA));
    }

    private static List<String> usernames(UsersView view) {
        return view.listed().stream().map(UserAccount::username).toList();
    }
}
