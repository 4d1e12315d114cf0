package ca.concerto.host;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
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

/** First start outside demo mode: creates the administrator. */
@Route("setup")
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField regroupement = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final Paragraph status = new Paragraph();

    public SetupView() {
        setAlignItems(FlexComponent.Alignment.CENTER);
        username.setLabel(getTranslation("setup.username"));
        displayName.setLabel(getTranslation("setup.displayName"));
        regroupement.setLabel(getTranslation("setup.regroupement"));
        regroupement.setHelperText(getTranslation("setup.regroupement.help"));
        password.setLabel(getTranslation("setup.password"));
        confirm.setLabel(getTranslation("setup.confirm"));
        for (var f : new com.vaadin.flow.component.HasValue[] {username, displayName, regroupement, password, confirm}) {
            f.setRequiredIndicatorVisible(true);
        }
        username.setId("setup-username");
        displayName.setId("setup-display-name");
        regroupement.setId("setup-regroupement");
        password.setId("setup-password");
        confirm.setId("setup-confirm");
        status.setId("setup-status");
        FormLayout form = new FormLayout(username, displayName, regroupement, password, confirm);
        form.setMaxWidth("40em");
        Button create = new Button(getTranslation("setup.create"), e -> create());
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.getElement().setAttribute("role", "alert");
        add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")), form, create, status);
    }

    private void create() {
        if (username.isEmpty() || displayName.isEmpty() || regroupement.isEmpty() || password.isEmpty()) {
            status.setText(getTranslation("setup.error.required"));
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
                    regroupement.getValue().trim(), Set.of(Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR), pw);
            SignIn.administratorCreated();
            SignIn.signIn(admin);
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        } catch (IllegalArgumentException ex) {
            status.setText(getTranslation("setup.error.rejected", String.valueOf(ex.getMessage())));
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
