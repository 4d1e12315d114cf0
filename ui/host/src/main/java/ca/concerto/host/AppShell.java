package ca.concerto.host;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo, the standard theme (served from its jar, no frontend build); push (long polling: no WebSocket container needed) so removed screens move open pages home. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@Push(value = PushMode.AUTOMATIC, transport = Transport.LONG_POLLING)
public class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;
}
