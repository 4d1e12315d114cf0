package ca.concerto.host;

import java.util.Optional;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** Sign-in through the IdentityService that a core bundle provides. */
@Route("login")
public class LoginView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        err.setUsername(getTranslation("login.error.username"));
        err.setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        add(new H1("Concerto"), form);
        if (HostServices.service(IdentityService.class).isEmpty()) {
            add(new Paragraph(getTranslation("login.noIdentity")));
        }
    }

    private void signIn(String username, String password) {
        Optional<IdentityService> identity = HostServices.service(IdentityService.class);
        if (identity.isEmpty()) {
            form.setError(true);
            return;
        }
        Optional<UserAccount> user;
        try {
            user = identity.get().authenticate(username, password.toCharArray());
        } catch (RuntimeException ex) {
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            form.setError(true);
            return;
        }
        SignIn.signIn(user.get());
        Object wanted = getUI().map(ui -> ui.getSession().getAttribute(SignIn.WANTED_LOCATION)).orElse(null);
        getUI().ifPresent(ui -> {
            ui.getSession().setAttribute(SignIn.WANTED_LOCATION, null);
            String w = wanted == null ? "" : wanted.toString();
            if (w.isEmpty() || w.equals("login") || w.equals("setup")) {
                ui.navigate(HomeView.class);
            } else {
                ui.navigate(w);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
