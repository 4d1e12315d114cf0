package ca.concerto.host;

import java.util.stream.Stream;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;

/** The host's Vaadin servlet: its service creates views of bundle screens through {@code Screen.createView()}. */
public class ConcertoServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration deploymentConfiguration)
            throws ServiceException {
        VaadinServletService service = new Service(this, deploymentConfiguration);
        service.init();
        return service;
    }

    static final class Service extends VaadinServletService {
        private static final long serialVersionUID = 1L;

        Service(VaadinServlet servlet, DeploymentConfiguration cfg) {
            super(servlet, cfg);
        }

        @Override
        protected Instantiator createInstantiator() throws ServiceException {
            return new HostInstantiator(this);
        }
    }

    /** Views of bundle screens come from the screen; the rest as Vaadin does it. Texts from the host. */
    static final class HostInstantiator extends DefaultInstantiator {
        private static final long serialVersionUID = 1L;
        private static final I18NProvider I18N = new HostI18NProvider();

        HostInstantiator(VaadinService service) {
            super(service);
        }

        @Override
        public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
            T view = ScreenRegistry.get().createView(routeTargetType);
            return view != null ? view : super.createRouteTarget(routeTargetType, event);
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return Stream.concat(super.getServiceInitListeners(), Stream.of(new HostServiceInitListener()));
        }

        @Override
        public I18NProvider getI18NProvider() {
            return I18N;
        }
    }
}
