package ca.concerto.variant.aga.impl;

import java.util.Map;

import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.AdoptionWorkflow;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Adoption by the assemblée générale: in the cycles of the configured regroupements (see
 * {@link AgaSettings}), the adoption step is {@value #CYCLE_PROCESS_KEY}, and the decision is
 * recorded with the body "AGA". The first adoption process (a plan submitted outside a cycle) keeps
 * the core's process.
 */
@Component(service = AdoptionVariant.class, configurationPid = AgaSettings.PID)
public class AgaAdoptionVariant implements AdoptionVariant {

    static final String CYCLE_PROCESS_KEY = "concertoCycleAdoptionAga";
    static final String BODY = "AGA";

    private final AgaSettings settings;

    @Activate
    public AgaAdoptionVariant(BundleContext context, Map<String, Object> properties) {
        this(AgaSettings.of(properties, context::getProperty));
    }

    AgaAdoptionVariant(AgaSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(String regroupementId) {
        return regroupementId != null && settings.regroupements().contains(regroupementId);
    }

    @Override
    public String processKey() {
        return AdoptionWorkflow.PROCESS_KEY;
    }

    @Override
    public String adoptingBody() {
        return BODY;
    }

    @Override
    public String cycleAdoptionProcessKey() {
        return CYCLE_PROCESS_KEY;
    }
}
