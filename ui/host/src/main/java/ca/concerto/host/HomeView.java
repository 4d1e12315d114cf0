package ca.concerto.host;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/** The welcome page: the screens the user may open. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var user = SignIn.user().orElse(null);
        add(new H2(getTranslation("home.welcome", user == null ? "" : user.displayName())));
        var entries = ScreenRegistry.get().menu(user, getLocale());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("home.noScreens")));
        } else {
            add(new Paragraph(getTranslation("home.screens")));
            UnorderedList list = new UnorderedList();
            entries.forEach(e -> list.add(new ListItem(new Anchor(e.route(), e.title()))));
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
