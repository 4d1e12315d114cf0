package ca.concerto.ui.plans.impl;

import java.util.Optional;

import ca.concerto.identity.api.Role;
import ca.concerto.identity.api.UserAccount;
import ca.concerto.plan.api.PlanStatus;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What the pages that change one plan's content (its editor, its committees) show alike. */
final class PlanPageParts {

    private PlanPageParts() {
    }

    /** "Plan introuvable", why, and the way back to the list; returns the page's title. */
    static String notFound(HasComponents page, Messages messages, String backId) {
        H2 heading = new H2(messages.get("plan.notFound"));
        heading.setId("plan-not-found");
        page.add(heading, new Paragraph(messages.get("plan.notFound.detail")),
                link(Routes.PLANS, messages.get("plan.back"), backId));
        return messages.format("page.title", messages.get("plan.notFound"));
    }

    static Anchor link(String href, String text, String id) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    /**
     * Why the page cannot change the plan (the user's role: {@code readOnlyRoleKey}; a plan before its
     * adopting body), or that changing it needs a new adoption; empty when neither applies.
     */
    static Optional<Paragraph> notice(Messages messages, UserAccount user, PlanStatus status, String readOnlyRoleKey,
                                      String id) {
        String key;
        if (!user.hasRole(Role.FACILITATOR)) {
            key = readOnlyRoleKey;
        } else if (status == PlanStatus.SUBMITTED) {
            key = "editor.readOnly.submitted";
        } else if (status == PlanStatus.ADOPTED || status == PlanStatus.PUBLISHED || status == PlanStatus.REJECTED) {
            key = "editor.amends";
        } else {
            return Optional.empty();
        }
        Paragraph notice = new Paragraph(messages.get(key));
        notice.setId(id);
        notice.getStyle().set("font-weight", "bold");
        return Optional.of(notice);
    }

    /** Facilitators change a plan's content, except while its adopting body decides. */
    static boolean editable(UserAccount user, PlanStatus status) {
        return user.hasRole(Role.FACILITATOR) && status != PlanStatus.SUBMITTED;
    }
}
