package ca.concerto.ui.plans.impl;

import java.util.Locale;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;
import ca.concerto.ui.api.Screen;

import com.vaadin.flow.component.Component;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** "Regroupements de la plateforme": the platform's administrators open and name regroupements. */
@org.osgi.service.component.annotations.Component(service = Screen.class, name = "ca.concerto.ui.plans.RegroupementsScreen")
public class RegroupementsScreen implements Screen {

    private final RegroupementService regroupements;
    private final IdentityService identity;

    @Activate
    public RegroupementsScreen(@Reference(name = "regroupements") RegroupementService regroupements,
                               @Reference(name = "identity") IdentityService identity) {
        this.regroupements = regroupements;
        this.identity = identity;
    }

    @Override
    public String route() {
        return Routes.REGROUPEMENTS;
    }

    @Override
    public Class<? extends Component> viewType() {
        return RegroupementsView.class;
    }

    @Override
    public Component createView() {
        return new RegroupementsView(regroupements, identity, ViewContext.live());
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(locale).get("screen.regroupements.title");
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.PLATFORM_ADMINISTRATOR);
    }

    /** After the users and roles of a regroupement (90). */
    @Override
    public int menuOrder() {
        return 92;
    }
}
