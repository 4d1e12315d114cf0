package ca.concerto.variant.joint.impl;

import java.util.Map;

import ca.concerto.plan.api.Plan;
import ca.concerto.workflow.api.AdoptionVariant;
import ca.concerto.workflow.api.AdoptionWorkflow;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * A cycle run jointly with another chantier: in the cycles of the configured regroupements (see
 * {@link JointSettings}), the adoption step is {@value #CYCLE_PROCESS_KEY}, where the CA and the
 * partner chantier both decide. The first adoption process (a plan submitted outside a cycle) keeps
 * the core's process.
 */
@Component(service = AdoptionVariant.class, configurationPid = JointSettings.PID)
public class JointAdoptionVariant implements AdoptionVariant {

    static final String CYCLE_PROCESS_KEY = "concertoCycleAdoptionJoint";
    /** Start variable: the partner chantier's name, shown in its task. */
    static final String PARTNER_CHANTIER = "partnerChantier";

    private final JointSettings settings;

    @Activate
    public JointAdoptionVariant(BundleContext context, Map<String, Object> properties) {
        this(JointSettings.of(properties, context::getProperty));
    }

    JointAdoptionVariant(JointSettings settings) {
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
        return "CA";
    }

    @Override
    public String cycleAdoptionProcessKey() {
        return CYCLE_PROCESS_KEY;
    }

    @Override
    public Map<String, Object> startVariables(Plan plan) {
        return Map.of(PARTNER_CHANTIER, settings.partnerFor(plan.regroupementId()));
    }
}
