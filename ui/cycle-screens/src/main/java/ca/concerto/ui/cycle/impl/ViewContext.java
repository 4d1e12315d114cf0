package ca.concerto.ui.cycle.impl;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.ui.api.CurrentUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What a view needs from its surroundings: the signed-in user, a way to navigate and a way to tell
 * the user something. The live one uses the Vaadin session and UI; tests give their own.
 */
public record ViewContext(Supplier<UserAccount> user, Consumer<String> navigator, Consumer<String> success,
                          Consumer<String> error) {

    public ViewContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(error, "error");
    }

    /** The context of a running Vaadin UI. */
    public static ViewContext live() {
        return new ViewContext(CurrentUser::require, ViewContext::navigate,
                message -> show(message, NotificationVariant.LUMO_SUCCESS),
                message -> show(message, NotificationVariant.LUMO_ERROR));
    }

    private static void navigate(String location) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate(location);
        }
    }

    private static void show(String message, NotificationVariant variant) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
