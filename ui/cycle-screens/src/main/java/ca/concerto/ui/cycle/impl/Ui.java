package ca.concerto.ui.cycle.impl;

import java.util.List;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Small building blocks shared by the cycle views. */
final class Ui {

    private Ui() {
    }

    /** A hidden error line, announced to screen readers when shown; its text says what is wrong. */
    /**
     * A date field in the user's language whose calendar opens only when asked (its button, or Alt+Down):
     * opened by typing, it covered the form and hid the page from screen readers while the date was typed.
     */
    static void dateField(DatePicker picker, Messages messages) {
        picker.setLocale(messages.locale());
        picker.setAutoOpen(false);
    }

    static Span errorLine(String id) {
        Span error = new Span();
        error.setId(id);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        return error;
    }

    static void showError(Span error, String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null && !message.isBlank());
    }

    /** A paragraph "Label : value". */
    static Paragraph labelValue(Messages messages, String id, String labelKey, String value) {
        Paragraph paragraph = new Paragraph(messages.format("labelValue", messages.get(labelKey), value));
        paragraph.setId(id);
        return paragraph;
    }

    /** The lines of a text area, blank ones left out. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The first exception of that type in the cause chain (engines wrap what delegates throw). */
    static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** A user as people read it: their display name, or their username. */
    static String name(UserAccount user) {
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }

    /** An id part from free text (item keys may hold '.' or ':'), safe in CSS selectors. */
    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
