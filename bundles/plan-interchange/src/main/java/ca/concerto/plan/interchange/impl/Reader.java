package ca.concerto.plan.interchange.impl;

import ca.concerto.plan.interchange.Problem;
import ca.concerto.plan.model.ActionDetails;
import ca.concerto.plan.model.AdoptingBody;
import ca.concerto.plan.model.Adoption;
import ca.concerto.plan.model.Audience;
import ca.concerto.plan.model.BudgetLine;
import ca.concerto.plan.model.Committee;
import ca.concerto.plan.model.CommitteeMember;
import ca.concerto.plan.model.CommunicationLine;
import ca.concerto.plan.model.CommunicationPlan;
import ca.concerto.plan.model.DateRange;
import ca.concerto.plan.model.FunderRef;
import ca.concerto.plan.model.LevelDefinition;
import ca.concerto.plan.model.Meeting;
import ca.concerto.plan.model.MemberStatus;
import ca.concerto.plan.model.NumberingStyle;
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.OrganizationKind;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanChecks;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Project;
import ca.concerto.plan.model.Schedule;
import ca.concerto.plan.model.ScheduleKind;
import ca.concerto.plan.model.Schedules;
import ca.concerto.plan.model.Statement;
import ca.concerto.plan.model.StatementKind;
import ca.concerto.plan.model.Step;
import ca.concerto.plan.model.TextBlock;
import ca.concerto.plan.model.TimelineEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * JSON tree → model, collecting every problem with its JSON path. A part with a problem is
 * skipped (null) so that one mistake gives one message; the document is built only when there
 * is none.
 */
final class Reader {

    @FunctionalInterface
    interface Part<T> {
        T read(Object node, String path);
    }

    final List<Problem> problems = new ArrayList<>();

    PlanDocument document(Object root) {
        Map<String, Object> m = obj(root, "$");
        if (m == null) {
            return null;
        }
        known(m, "$", "formatVersion", "title", "regroupement", "period", "statements", "adoption", "levels",
                "items", "organizations", "committees", "meetings", "communicationPlans", "projects", "notes");
        String version = string(m, "formatVersion", "$", true);
        if (version != null && !version.equals(PlanDocument.FORMAT_VERSION) && !version.startsWith("1.")) {
            problems.add(new Problem("$.formatVersion", "version de format non prise en charge : « " + version
                    + " » (attendue : " + PlanDocument.FORMAT_VERSION + ")"));
        }
        String title = string(m, "title", "$", true);
        String regroupement = string(m, "regroupement", "$", false);
        Period period = required(m, "period", "$", this::period);
        List<Statement> statements = list(m, "statements", "$", this::statement);
        Adoption adoption = optional(m, "adoption", "$", this::adoption);
        List<LevelDefinition> levels = list(m, "levels", "$", this::level);
        if (m.containsKey("levels") && levels.isEmpty() && m.get("levels") instanceof List<?> l && l.isEmpty()) {
            problems.add(new Problem("$.levels", "au moins un niveau est obligatoire"));
        } else if (!m.containsKey("levels")) {
            problems.add(new Problem("$.levels", "champ obligatoire manquant"));
        }
        List<PlanItem> items = list(m, "items", "$", this::item);
        List<Organization> organizations = list(m, "organizations", "$", this::organization);
        List<Committee> committees = list(m, "committees", "$", this::committee);
        List<Meeting> meetings = list(m, "meetings", "$", this::meeting);
        List<CommunicationPlan> communicationPlans = list(m, "communicationPlans", "$", this::communicationPlan);
        List<Project> projects = list(m, "projects", "$", this::project);
        List<String> notes = strings(m, "notes", "$");
        if (!levels.isEmpty()) {
            for (PlanChecks.Violation v : PlanChecks.check(levels, items, organizations, committees, meetings,
                    communicationPlans, projects)) {
                problems.add(new Problem(v.path(), v.message()));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return build("$", () -> new PlanDocument(version, title, regroupement, period, statements, adoption, levels,
                items, organizations, committees, meetings, communicationPlans, projects, notes));
    }

    Period period(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "text", "start", "end");
        String text = string(m, "text", path, true);
        LocalDate start = date(m, "start", path);
        LocalDate end = date(m, "end", path);
        if (problems.size() > before) {
            return null;
        }
        if (start == null && end == null) {
            return build(path, () -> Period.of(text));
        }
        return build(path, () -> new Period(text, start, end));
    }

    Statement statement(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "kind", "heading", "paragraphs");
        StatementKind kind = enumValue(m, "kind", path, StatementKind.class, false);
        String heading = string(m, "heading", path, false);
        List<String> paragraphs = strings(m, "paragraphs", path);
        if (paragraphs.isEmpty() && problems.size() == before) {
            problems.add(new Problem(path + ".paragraphs", "au moins un paragraphe est obligatoire"));
        }
        return problems.size() > before ? null : build(path, () -> new Statement(kind, heading, paragraphs));
    }

    Adoption adoption(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "body", "bodyLabel", "text", "date");
        AdoptingBody body = enumValue(m, "body", path, AdoptingBody.class, false);
        String label = string(m, "bodyLabel", path, false);
        String text = string(m, "text", path, true);
        LocalDate date = date(m, "date", path);
        return problems.size() > before ? null : build(path, () -> new Adoption(body, label, text, date));
    }

    LevelDefinition level(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "name", "numbering");
        String name = string(m, "name", path, true);
        NumberingStyle numbering = enumValue(m, "numbering", path, NumberingStyle.class, false);
        return problems.size() > before ? null : build(path, () -> new LevelDefinition(name, numbering));
    }

    PlanItem item(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "level", "number", "title", "description", "action", "children");
        String key = key(m, "key", path, true);
        Integer level = integer(m, "level", path, true);
        String number = string(m, "number", path, false);
        String title = string(m, "title", path, true);
        String description = string(m, "description", path, false);
        ActionDetails action = optional(m, "action", path, this::action);
        List<PlanItem> children = list(m, "children", path, this::item);
        return problems.size() > before ? null
                : build(path, () -> new PlanItem(key, level, number, title, description, action, children));
    }

    ActionDetails action(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "responsibleOrganizations", "responsible", "partnerOrganizations", "resources",
                "expectedResults", "indicators", "schedule", "steps", "notes", "achievements", "ongoing", "carriedOver");
        List<String> ro = strings(m, "responsibleOrganizations", path);
        List<String> r = strings(m, "responsible", path);
        List<String> po = strings(m, "partnerOrganizations", path);
        List<String> res = strings(m, "resources", path);
        List<String> er = strings(m, "expectedResults", path);
        List<String> ind = strings(m, "indicators", path);
        Schedule schedule = optional(m, "schedule", path, this::schedule);
        List<Step> steps = list(m, "steps", path, this::step);
        List<String> notes = strings(m, "notes", path);
        List<String> ach = strings(m, "achievements", path);
        List<String> ongoing = strings(m, "ongoing", path);
        boolean carried = bool(m, "carriedOver", path);
        return problems.size() > before ? null
                : build(path, () -> new ActionDetails(ro, r, po, res, er, ind, schedule, steps, notes, ach, ongoing,
                        carried));
    }

    /** Only "text" is required: a missing kind (and range) is derived with {@link Schedules#parse}. */
    Schedule schedule(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "text", "kind", "range");
        String text = string(m, "text", path, true);
        ScheduleKind kind = enumValue(m, "kind", path, ScheduleKind.class, false);
        DateRange range = optional(m, "range", path, this::range);
        if (problems.size() > before) {
            return null;
        }
        if (kind == null) {
            Schedule parsed = Schedules.parse(text);
            return range == null ? parsed : build(path, () -> new Schedule(text, parsed.kind(), range));
        }
        return build(path, () -> new Schedule(text, kind, range));
    }

    DateRange range(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "start", "end");
        LocalDate start = date(m, "start", path);
        LocalDate end = date(m, "end", path);
        return problems.size() > before ? null : build(path, () -> new DateRange(start, end));
    }

    Step step(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "text", "actor");
        String text = string(m, "text", path, true);
        String actor = string(m, "actor", path, false);
        return problems.size() > before ? null : build(path, () -> new Step(text, actor));
    }

    Organization organization(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "name", "acronym", "kind");
        String key = key(m, "key", path, true);
        String name = string(m, "name", path, true);
        String acronym = string(m, "acronym", path, false);
        OrganizationKind kind = enumValue(m, "kind", path, OrganizationKind.class, true);
        return problems.size() > before ? null : build(path, () -> new Organization(key, name, acronym, kind));
    }

    Committee committee(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "annex", "name", "mission", "context", "mandates", "objectives", "means",
                "meetingFrequency", "members", "notes");
        String key = key(m, "key", path, true);
        String annex = string(m, "annex", path, false);
        String name = string(m, "name", path, true);
        String mission = string(m, "mission", path, false);
        List<String> context = strings(m, "context", path);
        List<String> mandates = strings(m, "mandates", path);
        List<String> objectives = strings(m, "objectives", path);
        List<String> means = strings(m, "means", path);
        String frequency = string(m, "meetingFrequency", path, false);
        List<CommitteeMember> members = list(m, "members", path, this::member);
        List<TextBlock> notes = list(m, "notes", path, this::textBlock);
        return problems.size() > before ? null : build(path, () -> new Committee(key, annex, name, mission, context,
                mandates, objectives, means, frequency, members, notes));
    }

    CommitteeMember member(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "name", "affiliation", "organizationKey", "role", "status");
        String name = string(m, "name", path, true);
        String affiliation = string(m, "affiliation", path, false);
        String org = key(m, "organizationKey", path, false);
        String role = string(m, "role", path, false);
        MemberStatus status = enumValue(m, "status", path, MemberStatus.class, false);
        return problems.size() > before ? null
                : build(path, () -> new CommitteeMember(name, affiliation, org, role, status));
    }

    TextBlock textBlock(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "heading", "paragraphs", "blocks");
        String heading = string(m, "heading", path, false);
        List<String> paragraphs = strings(m, "paragraphs", path);
        List<TextBlock> blocks = list(m, "blocks", path, this::textBlock);
        return problems.size() > before ? null : build(path, () -> new TextBlock(heading, paragraphs, blocks));
    }

    Meeting meeting(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "title", "dateText", "date", "committeeKey", "goals", "attendees");
        String key = key(m, "key", path, true);
        String title = string(m, "title", path, true);
        String dateText = string(m, "dateText", path, false);
        LocalDate date = date(m, "date", path);
        String committee = key(m, "committeeKey", path, false);
        List<String> goals = strings(m, "goals", path);
        List<String> attendees = strings(m, "attendees", path);
        return problems.size() > before ? null
                : build(path, () -> new Meeting(key, title, dateText, date, committee, goals, attendees));
    }

    CommunicationPlan communicationPlan(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "annex", "title", "audiences", "lines");
        String key = key(m, "key", path, true);
        String annex = string(m, "annex", path, false);
        String title = string(m, "title", path, true);
        List<Audience> audiences = list(m, "audiences", path, this::audience);
        List<CommunicationLine> lines = list(m, "lines", path, this::line);
        return problems.size() > before ? null
                : build(path, () -> new CommunicationPlan(key, annex, title, audiences, lines));
    }

    Audience audience(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "label", "definition");
        String key = string(m, "key", path, true);
        String label = string(m, "label", path, true);
        String definition = string(m, "definition", path, false);
        return problems.size() > before ? null : build(path, () -> new Audience(key, label, definition));
    }

    CommunicationLine line(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "action", "objective", "audiences", "schedule");
        String action = string(m, "action", path, true);
        String objective = string(m, "objective", path, false);
        List<String> audiences = strings(m, "audiences", path);
        Schedule schedule = optional(m, "schedule", path, this::schedule);
        return problems.size() > before ? null
                : build(path, () -> new CommunicationLine(action, objective, audiences, schedule));
    }

    Project project(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "key", "annex", "name", "sections", "committeeKey", "timelineTitle", "timeline",
                "budgetTitle", "budget", "budgetTotal", "funders");
        String key = key(m, "key", path, true);
        String annex = string(m, "annex", path, false);
        String name = string(m, "name", path, true);
        List<TextBlock> sections = list(m, "sections", path, this::textBlock);
        String committee = key(m, "committeeKey", path, false);
        String timelineTitle = string(m, "timelineTitle", path, false);
        List<TimelineEntry> timeline = list(m, "timeline", path, this::timeline);
        String budgetTitle = string(m, "budgetTitle", path, false);
        List<BudgetLine> budget = list(m, "budget", path, this::budgetLine);
        BigDecimal total = amount(m, "budgetTotal", path, false);
        List<FunderRef> funders = list(m, "funders", path, this::funder);
        return problems.size() > before ? null : build(path, () -> new Project(key, annex, name, sections, committee,
                timelineTitle, timeline, budgetTitle, budget, total, funders));
    }

    TimelineEntry timeline(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "label", "schedule", "responsible");
        String label = string(m, "label", path, true);
        Schedule schedule = optional(m, "schedule", path, this::schedule);
        List<String> responsible = strings(m, "responsible", path);
        return problems.size() > before ? null : build(path, () -> new TimelineEntry(label, schedule, responsible));
    }

    BudgetLine budgetLine(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "label", "amount");
        String label = string(m, "label", path, true);
        BigDecimal amount = amount(m, "amount", path, true);
        return problems.size() > before ? null : build(path, () -> new BudgetLine(label, amount));
    }

    FunderRef funder(Object node, String path) {
        Map<String, Object> m = obj(node, path);
        if (m == null) {
            return null;
        }
        int before = problems.size();
        known(m, path, "organizationKey", "note");
        String org = key(m, "organizationKey", path, true);
        String note = string(m, "note", path, false);
        return problems.size() > before ? null : build(path, () -> new FunderRef(org, note));
    }

    // ---- primitives -------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Map<String, Object> obj(Object node, String path) {
        if (node instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problems.add(new Problem(path, "un objet est attendu, trouvé : " + typeName(node)));
        return null;
    }

    private void known(Map<String, Object> m, String path, String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                problems.add(new Problem(path + "." + k, "propriété inconnue « " + k + " »"));
            }
        }
    }

    private String string(Map<String, Object> m, String name, String path, boolean required) {
        Object v = m.get(name);
        String p = path + "." + name;
        if (v == null) {
            if (required) {
                problems.add(new Problem(p, "champ obligatoire manquant"));
            }
            return null;
        }
        if (!(v instanceof String s)) {
            problems.add(new Problem(p, "un texte est attendu, trouvé : " + typeName(v)));
            return null;
        }
        if (s.isBlank()) {
            problems.add(new Problem(p, "le texte ne doit pas être vide"));
            return null;
        }
        return s;
    }

    private String key(Map<String, Object> m, String name, String path, boolean required) {
        String s = string(m, name, path, required);
        if (s != null && !PlanItem.KEY.matcher(s).matches()) {
            problems.add(new Problem(path + "." + name, "clé invalide « " + s
                    + " » : lettres, chiffres, « . », « _ », « : » et « - » seulement"));
            return null;
        }
        return s;
    }

    private Integer integer(Map<String, Object> m, String name, String path, boolean required) {
        Object v = m.get(name);
        String p = path + "." + name;
        if (v == null) {
            if (required) {
                problems.add(new Problem(p, "champ obligatoire manquant"));
            }
            return null;
        }
        if (!(v instanceof BigDecimal d)) {
            problems.add(new Problem(p, "un nombre entier est attendu, trouvé : " + typeName(v)));
            return null;
        }
        try {
            int i = d.intValueExact();
            if (i < 0) {
                problems.add(new Problem(p, "un entier positif ou nul est attendu : " + i));
                return null;
            }
            return i;
        } catch (ArithmeticException e) {
            problems.add(new Problem(p, "un nombre entier est attendu : " + d.toPlainString()));
            return null;
        }
    }

    private BigDecimal amount(Map<String, Object> m, String name, String path, boolean required) {
        Object v = m.get(name);
        String p = path + "." + name;
        if (v == null) {
            if (required) {
                problems.add(new Problem(p, "champ obligatoire manquant"));
            }
            return null;
        }
        if (!(v instanceof BigDecimal d)) {
            problems.add(new Problem(p, "un montant (nombre) est attendu, trouvé : " + typeName(v)));
            return null;
        }
        if (d.signum() < 0) {
            problems.add(new Problem(p, "un montant ne peut pas être négatif : " + d.toPlainString()));
            return null;
        }
        return d;
    }

    private boolean bool(Map<String, Object> m, String name, String path) {
        Object v = m.get(name);
        if (v == null) {
            return false;
        }
        if (!(v instanceof Boolean b)) {
            problems.add(new Problem(path + "." + name, "true ou false est attendu, trouvé : " + typeName(v)));
            return false;
        }
        return b;
    }

    private LocalDate date(Map<String, Object> m, String name, String path) {
        String s = string(m, name, path, false);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path + "." + name, "date invalide « " + s + " » : format AAAA-MM-JJ attendu"));
            return null;
        }
    }

    private <E extends Enum<E>> E enumValue(Map<String, Object> m, String name, String path, Class<E> type,
                                            boolean required) {
        String s = string(m, name, path, required);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(path + "." + name, "valeur inconnue « " + s + " » ; valeurs permises : "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private List<String> strings(Map<String, Object> m, String name, String path) {
        return list(m, name, path, (node, p) -> {
            if (node instanceof String s && !s.isBlank()) {
                return s;
            }
            problems.add(new Problem(p, node instanceof String ? "le texte ne doit pas être vide"
                    : "un texte est attendu, trouvé : " + typeName(node)));
            return null;
        });
    }

    private <T> List<T> list(Map<String, Object> m, String name, String path, Part<T> part) {
        Object v = m.get(name);
        String p = path + "." + name;
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            problems.add(new Problem(p, "une liste est attendue, trouvé : " + typeName(v)));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            T t = part.read(l.get(i), p + "[" + i + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private <T> T optional(Map<String, Object> m, String name, String path, Part<T> part) {
        Object v = m.get(name);
        return v == null ? null : part.read(v, path + "." + name);
    }

    private <T> T required(Map<String, Object> m, String name, String path, Part<T> part) {
        Object v = m.get(name);
        if (v == null) {
            problems.add(new Problem(path + "." + name, "champ obligatoire manquant"));
            return null;
        }
        return part.read(v, path + "." + name);
    }

    private <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new Problem(path, String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static String typeName(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?>) {
            return "un objet";
        }
        if (v instanceof List<?>) {
            return "une liste";
        }
        if (v instanceof String) {
            return "un texte";
        }
        if (v instanceof BigDecimal) {
            return "un nombre";
        }
        if (v instanceof Boolean) {
            return "un booléen";
        }
        return v.getClass().getSimpleName();
    }
}
