package ca.concerto.ui.plans.impl;

import com.vaadin.flow.component.html.Span;

/**
 * What a form could not do, said in words beside it and announced by screen readers (role alert);
 * hidden while there is nothing to say.
 */
final class FormAlert extends Span {

    private static final long serialVersionUID = 1L;

    FormAlert(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
