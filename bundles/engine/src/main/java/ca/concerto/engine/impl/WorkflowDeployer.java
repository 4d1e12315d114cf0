package ca.concerto.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DeploymentBuilder;
import org.operaton.bpm.engine.repository.DeploymentWithDefinitions;
import org.operaton.bpm.engine.repository.ResourceDefinition;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extender: deploys the resources a bundle lists in its {@code Concerto-Workflows} header when that
 * bundle becomes active. Deployment name = the bundle's symbolic name, with duplicate filtering, so a
 * restart deploys nothing new unless a file changed. A failure is logged, never thrown: one bad module
 * does not stop the others.
 */
final class WorkflowDeployer implements BundleTrackerCustomizer<String> {

    static final String DEPLOYMENT_SOURCE = "Concerto-Workflows";

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowDeployer.class);

    private final RepositoryService repository;

    WorkflowDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public String addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(WorkflowsHeader.NAME);
        if (header == null) {
            return null; // not a workflow bundle: not tracked
        }
        deploy(bundle, WorkflowsHeader.parse(header));
        return header;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, String header) {
        // stays active: nothing to do
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, String header) {
        // Deployments stay in the database: running instances keep their definitions.
        LOG.debug("Workflow bundle {} is no longer active", bundle.getSymbolicName());
    }

    void deploy(Bundle bundle, List<String> paths) {
        String name = bundle.getSymbolicName();
        if (paths.isEmpty()) {
            LOG.warn("Bundle {} has an empty {} header: nothing to deploy", name, WorkflowsHeader.NAME);
            return;
        }
        List<InputStream> opened = new ArrayList<>();
        try {
            DeploymentBuilder builder = repository.createDeployment()
                    .name(name)
                    .source(DEPLOYMENT_SOURCE)
                    .enableDuplicateFiltering(true);
            List<String> added = new ArrayList<>();
            for (String path : paths) {
                if (!WorkflowsHeader.isDeployable(path)) {
                    LOG.error("Bundle {}: {} is not a .bpmn, .dmn or .cmmn resource; skipped", name, path);
                    continue;
                }
                URL entry = bundle.getEntry(path);
                if (entry == null) {
                    LOG.error("Bundle {}: resource {} named in {} does not exist; skipped", name, path, WorkflowsHeader.NAME);
                    continue;
                }
                InputStream in = entry.openStream();
                opened.add(in);
                builder.addInputStream(path, in);
                added.add(path);
            }
            if (added.isEmpty()) {
                LOG.error("Bundle {}: no deployable workflow resource; nothing deployed", name);
                return;
            }
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            List<ResourceDefinition> definitions = new ArrayList<>();
            addAll(definitions, deployment.getDeployedProcessDefinitions());
            addAll(definitions, deployment.getDeployedDecisionDefinitions());
            addAll(definitions, deployment.getDeployedDecisionRequirementsDefinitions());
            addAll(definitions, deployment.getDeployedCaseDefinitions());
            if (definitions.isEmpty()) {
                LOG.info("Workflows of bundle {} unchanged ({}): deployment {} kept", name, added, deployment.getId());
            } else {
                LOG.info("Deployed workflows of bundle {} as deployment {}: {}", name, deployment.getId(),
                        definitions.stream().map(d -> d.getKey() + " v" + d.getVersion() + " (" + d.getResourceName() + ")")
                                .collect(Collectors.joining(", ")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not deploy the workflows {} of bundle {}: {}", paths, name, e.getMessage(), e);
        } finally {
            for (InputStream in : opened) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing to do
                }
            }
        }
    }

    private static void addAll(List<ResourceDefinition> into, List<? extends ResourceDefinition> from) {
        if (from != null) {
            into.addAll(from);
        }
    }
}
