package ca.concerto.ui.plans.impl;

import static ca.concerto.ui.plans.impl.Find.allText;
import static ca.concerto.ui.plans.impl.Find.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.plans.impl.Fakes.Recorder;

import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** « Mon compte », built outside a running UI. */
class AccountViewTest {

    private FakeIdentity identity;
    private Recorder recorder;
    private UserAccount facilitator;

    @BeforeEach
    void setUp() {
        identity = new FakeIdentity();
        recorder = new Recorder();
        facilitator = identity.add(Fakes.facilitator("fr")); // password "demo"
    }

    @Test
    void aPersonChangesTheirOwnPasswordProvingItWithTheCurrentOne() {
        identity.temporaryPasswords.add(facilitator.username()); // as an administrator gave it
        AccountView view = new AccountView(identity, recorder.context(facilitator));
        assertTrue(view.temporaryNotice().isVisible());
        assertTrue(allText(view, "account-temporary").startsWith("Le mot de passe que vous avez reçu est temporaire."));
        assertTrue(allText(view, "account-name").contains("(nom d'utilisateur\u00a0: " + facilitator.username() + ")"),
                allText(view, "account-name"));
        assertEquals("Rôles\u00a0: Animation", allText(view, "account-roles"));
        assertEquals("Mon compte | Concerto", view.getPageTitle());

        // nothing typed: each field says what it needs
        view.changePassword();
        assertEquals("Inscrivez votre mot de passe actuel.", view.current().getErrorMessage());
        assertEquals("Le mot de passe doit avoir au moins 4 caractères.", view.chosen().getErrorMessage());

        view.current().setValue("demo");
        view.chosen().setValue("le mien 2026");
        view.confirmed().setValue("le mien 2025");
        view.changePassword();
        assertTrue(view.confirmed().isInvalid());
        assertEquals("Les deux nouveaux mots de passe ne sont pas identiques.", view.confirmed().getErrorMessage());
        assertFalse(identity.calls.contains("changePassword " + facilitator.username()), "not sent");

        view.current().setValue("mauvais");
        view.confirmed().setValue("le mien 2026");
        view.changePassword();
        assertEquals("Ce n'est pas votre mot de passe actuel. Rien n'a été changé.", view.current().getErrorMessage());
        assertTrue(identity.authenticate(facilitator.username(), "demo".toCharArray()).isPresent());

        identity.failNext = new IllegalStateException("base de données indisponible");
        view.current().setValue("demo");
        view.changePassword();
        assertEquals("Le mot de passe n'a pas pu être changé. Réessayez.", view.error().getText());
        assertEquals("le mien 2026", view.chosen().getValue(), "kept, to try again");

        find(view, Button.class, "account-password-change").orElseThrow().click();
        assertFalse(view.error().isVisible());
        assertEquals("", view.current().getValue());
        assertFalse(view.current().isInvalid());
        assertTrue(identity.authenticate(facilitator.username(), "le mien 2026".toCharArray()).isPresent());
        assertTrue(identity.authenticate(facilitator.username(), "demo".toCharArray()).isEmpty());
        assertEquals(List.of("Votre mot de passe a été changé. Utilisez-le dès votre prochaine connexion."),
                recorder.successes);
        assertFalse(view.temporaryNotice().isVisible());
        assertFalse(identity.hasTemporaryPassword(facilitator.username()), "her own now");
    }
}
