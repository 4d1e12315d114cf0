package ca.concerto.host;

import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home page: the panels the modules contribute for the user's roles (their tasks, the plans
 * in progress, the deadlines coming), then the screens they may open. A panel that fails shows a
 * line saying so; the others and the page stay.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HomeView.class);

    public HomeView() {
        setId("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        UserAccount user = SignIn.user().orElse(null);
        H2 welcome = new H2(getTranslation("home.welcome", user == null ? "" : user.displayName()));
        welcome.setId("home-welcome");
        add(welcome);
        for (HomePanels.Contribution contribution : HomePanels.of(user)) {
            add(panel(contribution));
        }
        var entries = ScreenRegistry.get().menu(user, getLocale());
        Section screens = new Section();
        screens.setId("home-screens");
        if (entries.isEmpty()) {
            screens.add(new Paragraph(getTranslation("home.noScreens")));
        } else {
            screens.add(new Paragraph(getTranslation("home.screens")));
            UnorderedList list = new UnorderedList();
            entries.forEach(e -> list.add(new ListItem(new Anchor(e.route(), e.title()))));
            screens.add(list);
        }
        add(screens);
    }

    private Component panel(HomePanels.Contribution contribution) {
        try {
            return contribution.panel().create();
        } catch (RuntimeException e) {
            LOG.error("Home page panel of {} failed", contribution.module(), e);
            Paragraph failed = new Paragraph(getTranslation("home.panelFailed", contribution.module()));
            failed.addClassName("home-panel-failed");
            return failed;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
