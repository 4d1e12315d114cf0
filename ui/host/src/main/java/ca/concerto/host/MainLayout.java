package ca.concerto.host;

import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The frame of every signed-in page: app name, the menu of screens, the user's name, sign-out. */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;
    private final SideNav nav = new SideNav();
    private final Span userName = new Span();

    public MainLayout() {
        H1 title = new H1("Concerto");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Button logout = new Button(getTranslation("layout.logout"), e -> SignIn.signOut());
        userName.setId("signed-in-user");
        logout.setId("sign-out");
        HorizontalLayout right = new HorizontalLayout(userName, languageSwitch(), logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        // At 320 px the name and the button take two lines rather than run off the screen (WCAG 1.4.10).
        right.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap").set("justify-content", "flex-end").set("min-width", "0")
                .set("row-gap", "0");
        userName.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere").set("text-align", "end");
        addToNavbar(new DrawerToggle(), title, right);
        nav.setLabel(getTranslation("layout.menu"));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
        refreshMenu();
    }

    /**
     * The other language, named in itself ("English", "Français") and marked with its language
     * so that screen readers say it right; the choice is kept for the user's next sessions.
     */
    private Button languageSwitch() {
        boolean english = SignIn.user().map(u -> "en".equals(u.language())).orElse(false);
        String other = english ? "fr" : "en";
        Button change = new Button(getTranslation("layout.language.other"), e -> SignIn.changeLanguage(other));
        change.setId("change-language");
        change.getElement().setAttribute("lang", other);
        change.getElement().setAttribute("aria-label", getTranslation("layout.language.label"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return change;
    }

    /** The regroupement's name, or its identifier while the platform's regroupements are not known. */
    private static String regroupementName(String id) {
        return HostServices.service(RegroupementService.class)
                .flatMap(regroupements -> regroupements.all().stream().filter(r -> r.id().equals(id)).findFirst())
                .map(Regroupement::name).orElse(id);
    }

    /** Rebuilds the menu from the screens present now. */
    public void refreshMenu() {
        nav.removeAll();
        var user = SignIn.user().orElse(null);
        // a platform administrator sees which regroupement she is working in
        userName.setText(user == null ? "" : user.hasRole(Role.PLATFORM_ADMINISTRATOR)
                ? getTranslation("layout.userInRegroupement", user.displayName(), regroupementName(user.regroupementId()))
                : user.displayName());
        nav.addItem(new SideNavItem(getTranslation("menu.home"), HomeView.class));
        for (ScreenRegistry.MenuEntry e : ScreenRegistry.get().menu(user, getLocale())) {
            nav.addItem(new SideNavItem(e.title(), "/" + e.route()));
        }
        if (user != null && user.hasRole(Role.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem(getTranslation("menu.modules"), ModulesView.class));
            nav.addItem(new SideNavItem(getTranslation("menu.health"), HealthView.class));
        }
    }
}
