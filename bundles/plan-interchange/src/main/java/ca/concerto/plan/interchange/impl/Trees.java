package ca.concerto.plan.interchange.impl;

import ca.concerto.plan.model.ActionDetails;
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
import ca.concerto.plan.model.Organization;
import ca.concerto.plan.model.Period;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import ca.concerto.plan.model.Project;
import ca.concerto.plan.model.Schedule;
import ca.concerto.plan.model.Statement;
import ca.concerto.plan.model.Step;
import ca.concerto.plan.model.TextBlock;
import ca.concerto.plan.model.TimelineEntry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Model → JSON tree, in model order, omitting nulls, empty lists and false. */
final class Trees {

    private Trees() {}

    /** An object under construction that drops absent values. */
    static final class Obj {
        final Map<String, Object> map = new LinkedHashMap<>();

        Obj put(String name, Object value) {
            if (value == null || (value instanceof List<?> l && l.isEmpty())
                    || (value instanceof Map<?, ?> m && m.isEmpty()) || Boolean.FALSE.equals(value)) {
                return this;
            }
            map.put(name, value);
            return this;
        }
    }

    static <T> List<Object> list(List<T> values, Function<T, Object> f) {
        return values.stream().map(f).toList();
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static Map<String, Object> document(PlanDocument d) {
        return new Obj()
                .put("formatVersion", d.formatVersion())
                .put("title", d.title())
                .put("regroupement", d.regroupement())
                .put("period", period(d.period()))
                .put("statements", list(d.statements(), Trees::statement))
                .put("adoption", adoption(d.adoption()))
                .put("levels", list(d.levels(), Trees::level))
                .put("items", list(d.items(), Trees::item))
                .put("organizations", list(d.organizations(), Trees::organization))
                .put("committees", list(d.committees(), Trees::committee))
                .put("meetings", list(d.meetings(), Trees::meeting))
                .put("communicationPlans", list(d.communicationPlans(), Trees::communicationPlan))
                .put("projects", list(d.projects(), Trees::project))
                .put("notes", d.notes()).map;
    }

    static Object period(Period p) {
        return new Obj().put("text", p.text()).put("start", date(p.start())).put("end", date(p.end())).map;
    }

    static Object statement(Statement s) {
        return new Obj().put("kind", name(s.kind())).put("heading", s.heading()).put("paragraphs", s.paragraphs()).map;
    }

    static Object adoption(Adoption a) {
        return a == null ? null : new Obj().put("body", name(a.body())).put("bodyLabel", a.bodyLabel())
                .put("text", a.text()).put("date", date(a.date())).map;
    }

    static Object level(LevelDefinition l) {
        return new Obj().put("name", l.name()).put("numbering", name(l.numbering())).map;
    }

    static Map<String, Object> item(PlanItem i) {
        Obj o = itemFields(i);
        o.put("children", list(i.children(), Trees::item));
        return o.map;
    }

    /** The item's own fields, without children. */
    static Obj itemFields(PlanItem i) {
        Obj o = new Obj().put("key", i.key()).put("level", i.level()).put("number", i.number())
                .put("title", i.title()).put("description", i.description());
        if (i.action() != null) {
            o.map.put("action", action(i.action())); // kept even when empty: an action without details
        }
        return o;
    }

    static Map<String, Object> action(ActionDetails a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new Obj()
                .put("responsibleOrganizations", a.responsibleOrganizations())
                .put("responsible", a.responsible())
                .put("partnerOrganizations", a.partnerOrganizations())
                .put("resources", a.resources())
                .put("expectedResults", a.expectedResults())
                .put("indicators", a.indicators())
                .put("schedule", schedule(a.schedule()))
                .put("steps", list(a.steps(), Trees::step))
                .put("notes", a.notes())
                .put("achievements", a.achievements())
                .put("ongoing", a.ongoing())
                .put("carriedOver", a.carriedOver()).map;
        return m;
    }

    static Object schedule(Schedule s) {
        return s == null ? null : new Obj().put("text", s.text()).put("kind", name(s.kind()))
                .put("range", range(s.range())).map;
    }

    static Object range(DateRange r) {
        return r == null ? null : new Obj().put("start", date(r.start())).put("end", date(r.end())).map;
    }

    static Object step(Step s) {
        return new Obj().put("text", s.text()).put("actor", s.actor()).map;
    }

    static Object organization(Organization o) {
        return new Obj().put("key", o.key()).put("name", o.name()).put("acronym", o.acronym())
                .put("kind", name(o.kind())).map;
    }

    static Object committee(Committee c) {
        return new Obj().put("key", c.key()).put("annex", c.annex()).put("name", c.name())
                .put("mission", c.mission()).put("context", c.context()).put("mandates", c.mandates())
                .put("objectives", c.objectives()).put("means", c.means())
                .put("meetingFrequency", c.meetingFrequency()).put("members", list(c.members(), Trees::member))
                .put("notes", list(c.notes(), Trees::textBlock)).map;
    }

    static Object member(CommitteeMember m) {
        return new Obj().put("name", m.name()).put("affiliation", m.affiliation())
                .put("organizationKey", m.organizationKey()).put("role", m.role())
                .put("status", name(m.status())).map;
    }

    static Object textBlock(TextBlock b) {
        return new Obj().put("heading", b.heading()).put("paragraphs", b.paragraphs())
                .put("blocks", list(b.blocks(), Trees::textBlock)).map;
    }

    static Object meeting(Meeting m) {
        return new Obj().put("key", m.key()).put("title", m.title()).put("dateText", m.dateText())
                .put("date", date(m.date())).put("committeeKey", m.committeeKey()).put("goals", m.goals())
                .put("attendees", m.attendees()).map;
    }

    static Object communicationPlan(CommunicationPlan c) {
        return new Obj().put("key", c.key()).put("annex", c.annex()).put("title", c.title())
                .put("audiences", list(c.audiences(), Trees::audience)).put("lines", list(c.lines(), Trees::line)).map;
    }

    static Object audience(Audience a) {
        return new Obj().put("key", a.key()).put("label", a.label()).put("definition", a.definition()).map;
    }

    static Object line(CommunicationLine l) {
        return new Obj().put("action", l.action()).put("objective", l.objective()).put("audiences", l.audiences())
                .put("schedule", schedule(l.schedule())).map;
    }

    static Object project(Project p) {
        return new Obj().put("key", p.key()).put("annex", p.annex()).put("name", p.name())
                .put("sections", list(p.sections(), Trees::textBlock)).put("committeeKey", p.committeeKey())
                .put("timelineTitle", p.timelineTitle()).put("timeline", list(p.timeline(), Trees::timeline))
                .put("budgetTitle", p.budgetTitle()).put("budget", list(p.budget(), Trees::budgetLine))
                .put("budgetTotal", p.budgetTotal()).put("funders", list(p.funders(), Trees::funder)).map;
    }

    static Object timeline(TimelineEntry t) {
        return new Obj().put("label", t.label()).put("schedule", schedule(t.schedule()))
                .put("responsible", t.responsible()).map;
    }

    static Object budgetLine(BudgetLine b) {
        return new Obj().put("label", b.label()).put("amount", b.amount()).map;
    }

    static Object funder(FunderRef f) {
        return new Obj().put("organizationKey", f.organizationKey()).put("note", f.note()).map;
    }
}
