package ca.concerto.demo.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ca.concerto.identity.api.IdentityService;
import ca.concerto.identity.api.Regroupement;
import ca.concerto.identity.api.RegroupementService;
import ca.concerto.identity.api.Role;
import ca.concerto.plan.api.PlanDocumentService;
import ca.concerto.plan.api.Organization;
import ca.concerto.plan.api.PlanService;
import ca.concerto.plan.api.PlanSummary;
import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.model.PlanDocument;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demonstration data: three regroupements, each with its facilitator and three board members, and
 * its real plan d'action imported from the interchange file as a draft (version 1), ready to be
 * submitted and adopted.
 *
 * <p>Does nothing unless the framework property {@value #ENABLE_PROPERTY} is {@code true}. Creates only
 * what is missing, so starting twice creates nothing twice.
 *
 * <p>The plan files are the ones of the {@code concerto-plan-interchange} bundle ({@code plans/*.json}),
 * copied into this bundle at build time (see the pom), so that they exist in one place only.
 */
@Component(name = "ca.concerto.demo.DemoData", immediate = true, service = {})
public class DemoData {

    /** Framework (or system) property that turns the demo data on. */
    public static final String ENABLE_PROPERTY = "concerto.demo";
    public static final String REGROUPEMENT = "troc-monteregie";
    /** The demo password of every demo user. */
    static final String PASSWORD = "demo";
    /** Where the plan files are, relative to this class. */
    static final String PLANS = "plans/";

    private static final Logger LOG = System.getLogger(DemoData.class.getName());

    /** A demo user. */
    record DemoUser(String username, String displayName, String regroupementId, Set<Role> roles) {
    }

    /** A demo regroupement's plan: the interchange file and who imports it. */
    /** An organization of a regroupement, invited to its consultations and named at its meetings. */
    record DemoOrganization(String regroupementId, String name, Organization.OrganizationKind kind) {
    }

    static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization(REGROUPEMENT, "Centre d'action bénévole du Haut-Richelieu", Organization.OrganizationKind.MEMBER),
            new DemoOrganization(REGROUPEMENT, "Maison de la famille des Maskoutains", Organization.OrganizationKind.MEMBER),
            new DemoOrganization(REGROUPEMENT, "Carrefour jeunesse-emploi Vaudreuil-Soulanges", Organization.OrganizationKind.MEMBER),
            new DemoOrganization(REGROUPEMENT, "Centre de femmes de Longueuil", Organization.OrganizationKind.MEMBER),
            new DemoOrganization(REGROUPEMENT, "CISSS de la Montérégie-Centre", Organization.OrganizationKind.PARTNER));

    record DemoPlan(String regroupementId, String file, String importedBy) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Isabelle Lavoie", REGROUPEMENT, Set.of(Role.ADMINISTRATOR, Role.FACILITATOR,
                    Role.PLATFORM_ADMINISTRATOR)),
            new DemoUser("animateur", "Marie-Josée Gagnon", REGROUPEMENT, Set.of(Role.FACILITATOR)),
            new DemoUser("ca1", "Jean-François Bouchard", REGROUPEMENT, Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca2", "Nathalie Côté", REGROUPEMENT, Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca3", "Luc Pelletier", REGROUPEMENT, Set.of(Role.BOARD_MEMBER)),
            // représentantes d'organismes membres: comité de rédaction, commentaires
            new DemoUser("redaction", "Sophie Tremblay", REGROUPEMENT, Set.of(Role.MEMBER)),
            new DemoUser("membre", "Karim Haddad", REGROUPEMENT, Set.of(Role.MEMBER)),
            new DemoUser("animateur-rop", "Sylvie Lemieux", "rop-mauricie", Set.of(Role.FACILITATOR)),
            new DemoUser("ca1-rop", "Denis Trudel", "rop-mauricie", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca2-rop", "Chantal Bergeron", "rop-mauricie", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca3-rop", "Mathieu Gélinas", "rop-mauricie", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("animateur-cds", "Julie Boisvert", "cds-mauricie", Set.of(Role.FACILITATOR)),
            new DemoUser("ca1-cds", "Pierre Lesage", "cds-mauricie", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca2-cds", "Geneviève Bellemare", "cds-mauricie", Set.of(Role.BOARD_MEMBER)),
            new DemoUser("ca3-cds", "Stéphane Milot", "cds-mauricie", Set.of(Role.BOARD_MEMBER)));

    static final List<DemoPlan> PLAN_FILES = List.of(
            new DemoPlan(REGROUPEMENT, "troc-monteregie-2023-2024.json", "animateur"),
            new DemoPlan("rop-mauricie", "rop-mauricie-2021-2022.json", "animateur-rop"),
            new DemoPlan("cds-mauricie", "cds-mauricie-2009-2010.json", "animateur-cds"));

    /** The demo's regroupements by name, given while each is still named by its identifier. */
    static final Map<String, String> REGROUPEMENT_NAMES = Map.of(
            REGROUPEMENT, "TROC Montérégie",
            "rop-mauricie", "ROP Mauricie",
            "cds-mauricie", "Consortium en développement social de la Mauricie");

    private final IdentityService identity;
    private final RegroupementService regroupements;
    private final PlanService plans;
    private final PlanDocumentService documents;
    private final PlanInterchange interchange;

    @Activate
    public DemoData(@Reference(name = "identity") IdentityService identity,
                    @Reference(name = "regroupements") RegroupementService regroupements,
                    @Reference(name = "plans") PlanService plans,
                    @Reference(name = "documents") PlanDocumentService documents,
                    @Reference(name = "interchange") PlanInterchange interchange, BundleContext context) {
        this(identity, regroupements, plans, documents, interchange);
        String enabled = context.getProperty(ENABLE_PROPERTY);
        if (!Boolean.parseBoolean(enabled == null ? null : enabled.strip())) {
            LOG.log(Level.DEBUG, "Demo data off ({0} is not true)", ENABLE_PROPERTY);
            return;
        }
        try {
            Result result = seed();
            LOG.log(Level.INFO, "Demo data: {0} user(s) and {1} plan(s) created", result.users().size(),
                    result.plans().size());
        } catch (RuntimeException e) {
            // Never keep the bundle from starting for demo data
            LOG.log(Level.ERROR, "Demo data could not be created", e);
        }
    }

    DemoData(IdentityService identity, RegroupementService regroupements, PlanService plans,
             PlanDocumentService documents, PlanInterchange interchange) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.regroupements = Objects.requireNonNull(regroupements, "regroupements");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.interchange = Objects.requireNonNull(interchange, "interchange");
    }

    /** What one run created. */
    record Result(List<String> users, List<Long> plans) {
    }

    /** Creates the demo users and plans that do not exist yet. */
    Result seed() {
        List<String> createdUsers = new ArrayList<>();
        for (DemoUser user : USERS) {
            if (identity.findUser(user.username()).isPresent()) {
                continue;
            }
            try {
                identity.createUser(user.username(), user.displayName(), user.regroupementId(), user.roles(),
                        PASSWORD.toCharArray());
                createdUsers.add(user.username());
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Demo user " + user.username() + " not created: " + e.getMessage());
            }
        }

        for (Regroupement regroupement : regroupements.all()) {
            String name = REGROUPEMENT_NAMES.get(regroupement.id());
            if (name != null && regroupement.name().equals(regroupement.id())) {
                regroupements.rename(regroupement.id(), name);
            }
        }

        for (DemoOrganization organization : ORGANIZATIONS) {
            boolean present = plans.organizations(organization.regroupementId()).stream()
                    .anyMatch(o -> o.name().equals(organization.name()));
            if (!present) {
                plans.addOrganization(organization.regroupementId(), organization.name(), organization.kind());
            }
        }

        List<Long> createdPlans = new ArrayList<>();
        for (DemoPlan plan : PLAN_FILES) {
            try {
                PlanDocument document = load(plan.file());
                if (!exists(plan.regroupementId(), document)) {
                    createdPlans.add(documents.importDocument(plan.regroupementId(), document, plan.importedBy()).id());
                }
            } catch (RuntimeException e) {
                // one plan that cannot be imported does not keep the others out
                LOG.log(Level.ERROR, "Demo plan " + plan.file() + " not imported", e);
            }
        }
        return new Result(createdUsers, createdPlans);
    }

    /** The plan file as a document; a file that does not read is a build error, reported as such. */
    PlanDocument load(String file) {
        String json;
        try (InputStream in = DemoData.class.getResourceAsStream(PLANS + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo plan file missing from the bundle: " + PLANS + file);
            }
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return interchange.read(json);
        } catch (InvalidPlanFileException e) {
            throw new IllegalStateException("Demo plan file " + file + " does not read: " + e.getMessage(), e);
        }
    }

    /** Whether the regroupement already has a plan of that title (the demo plan, imported earlier). */
    private boolean exists(String regroupementId, PlanDocument document) {
        for (PlanSummary summary : plans.listPlans(regroupementId)) {
            if (document.title().equals(summary.title())) {
                return true;
            }
        }
        return false;
    }
}
