package ca.concerto.host;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** First start outside demo mode: creates the administrator. */
@Route("setup")
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SetupView.class);

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField regroupement = new TextField();
    private final TextField regroupementName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Paragraph status = new Paragraph();

    public SetupView() {
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setLabel(getTranslation("setup.username"));
        displayName.setLabel(getTranslation("setup.displayName"));
        regroupement.setLabel(getTranslation("setup.regroupement"));
        regroupement.setHelperText(getTranslation("setup.regroupement.help"));
        regroupementName.setLabel(getTranslation("setup.regroupementName"));
        regroupementName.setHelperText(getTranslation("setup.regroupementName.help"));
        password.setLabel(getTranslation("setup.password"));
        confirm.setLabel(getTranslation("setup.confirm"));
        for (var f : new com.vaadin.flow.component.HasValue[] {username, displayName, regroupement, regroupementName,
                password, confirm}) {
            f.setRequiredIndicatorVisible(true);
        }
        username.setId("setup-username");
        displayName.setId("setup-display-name");
        regroupement.setId("setup-regroupement");
        regroupementName.setId("setup-regroupement-name");
        password.setId("setup-password");
        confirm.setId("setup-confirm");
        status.setId("setup-status");
        FormLayout form = new FormLayout(username, displayName, regroupement, regroupementName, password, confirm);
        form.setMaxWidth("40em");
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "alert");
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create, status);
    }

    private void create() {
        if (username.isEmpty() || displayName.isEmpty() || regroupement.isEmpty() || regroupementName.isEmpty()
                || password.isEmpty()) {
            status.setText(getTranslation("setup.error.required"));
            return;
        }
        String regroupementId = regroupement.getValue().trim();
        if (!regroupementId.matches(RegroupementService.ID_PATTERN)) {
            status.setText(getTranslation("setup.error.regroupementId"));
            return;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            status.setText(getTranslation("setup.error.mismatch"));
            return;
        }
        Optional<IdentityService> identity = HostServices.service(IdentityService.class);
        if (identity.isEmpty()) {
            status.setText(getTranslation("login.noIdentity"));
            return;
        }
        char[] pw = password.getValue().toCharArray();
        try {
            UserAccount admin = identity.get().createUser(username.getValue().trim(), displayName.getValue().trim(),
                    regroupementId, Set.of(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR), pw);
            SignIn.administratorCreated();
            nameRegroupement(regroupementId, regroupementName.getValue().trim());
            SignIn.signIn(admin);
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        } catch (IllegalArgumentException ex) {
            status.setText(getTranslation("setup.error.rejected", String.valueOf(ex.getMessage())));
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    /**
     * The regroupement gets its name once its administrator exists. Should that fail, the platform is set
     * up all the same, its regroupement named by its identifier until renamed under « Regroupements ».
     */
    private static void nameRegroupement(String id, String name) {
        try {
            HostServices.service(RegroupementService.class).ifPresent(regroupements -> regroupements.rename(id, name));
        } catch (RuntimeException e) {
            LOG.warn("The regroupement {} keeps its identifier for a name: {}", id, e.toString());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
