package ca.concerto.adoption.impl;

import static ca.concerto.adoption.impl.ProcessVariables.PLAN_ID;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.workflow.api.SavedTaskFilter;
import ca.concerto.workflow.api.TaskFilterCriteria;
import ca.concerto.workflow.api.TaskKind;

import org.operaton.bpm.engine.FilterService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.filter.Filter;
import org.operaton.bpm.engine.task.TaskQuery;

/**
 * Saved task filters in the engine's own filter table (ACT_RU_FILTER): owner = username, the
 * regroupement and the criteria in the filter's properties. The criteria are read back from the
 * properties and applied on top of the user's inbox query, so a filter never widens what a user
 * sees; the stored engine query carries the same criteria for engine-side tools.
 */
final class TaskFilterStore {

    static final int MAX_NAME_LENGTH = 200;

    private static final String REGROUPEMENT = "concerto.regroupementId";
    private static final String KIND = "concerto.kind";
    private static final String PLAN = "concerto.planId";
    private static final String ASSIGNMENT = "concerto.assignment";
    private static final String CREATED_AFTER = "concerto.createdAfter";
    private static final String CREATED_BEFORE = "concerto.createdBefore";

    private final FilterService filters;
    private final TaskService tasks;

    TaskFilterStore(ProcessEngine engine) {
        this.filters = engine.getFilterService();
        this.tasks = engine.getTaskService();
    }

    SavedTaskFilter save(UserAccount user, String name, TaskFilterCriteria criteria) {
        String filterName = checkName(name);
        TaskFilterCriteria saved = criteria == null ? TaskFilterCriteria.ALL : criteria;
        Filter filter = find(user, filterName).orElseGet(() -> filters.newTaskFilter(filterName).setOwner(user.username()));
        filter.setQuery(engineQuery(user, saved));
        filter.setProperties(properties(user, saved));
        filters.saveFilter(filter);
        return new SavedTaskFilter(filterName, saved);
    }

    List<SavedTaskFilter> list(UserAccount user) {
        return ownFilters(user).stream()
                .map(filter -> new SavedTaskFilter(filter.getName(), criteria(filter)))
                .sorted(Comparator.comparing(SavedTaskFilter::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    Optional<TaskFilterCriteria> criteria(UserAccount user, String name) {
        return name == null ? Optional.empty() : find(user, name.strip()).map(TaskFilterStore::criteria);
    }

    boolean delete(UserAccount user, String name) {
        Optional<Filter> filter = name == null ? Optional.empty() : find(user, name.strip());
        filter.ifPresent(found -> filters.deleteFilter(found.getId()));
        return filter.isPresent();
    }

    private Optional<Filter> find(UserAccount user, String name) {
        return ownFilters(user).stream().filter(filter -> name.equals(filter.getName())).findFirst();
    }

    private List<Filter> ownFilters(UserAccount user) {
        return filters.createTaskFilterQuery().filterOwner(user.username()).list().stream()
                .filter(filter -> filter.getProperties() != null
                        && user.regroupementId().equals(filter.getProperties().get(REGROUPEMENT)))
                .toList();
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved filter needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A filter name has at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** Properties hold text only: the engine stores them as JSON, where numbers lose their type. */
    private static Map<String, Object> properties(UserAccount user, TaskFilterCriteria criteria) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(REGROUPEMENT, user.regroupementId());
        properties.put(ASSIGNMENT, criteria.assignment().name());
        if (criteria.kind() != null) {
            properties.put(KIND, criteria.kind().name());
        }
        if (criteria.planId() != null) {
            properties.put(PLAN, criteria.planId().toString());
        }
        if (criteria.createdAfter() != null) {
            properties.put(CREATED_AFTER, criteria.createdAfter().toString());
        }
        if (criteria.createdBefore() != null) {
            properties.put(CREATED_BEFORE, criteria.createdBefore().toString());
        }
        return properties;
    }

    private static TaskFilterCriteria criteria(Filter filter) {
        Map<String, Object> p = filter.getProperties();
        return new TaskFilterCriteria(
                p.get(KIND) == null ? null : TaskKind.valueOf(p.get(KIND).toString()),
                p.get(PLAN) == null ? null : Long.valueOf(p.get(PLAN).toString()),
                p.get(ASSIGNMENT) == null ? null : TaskFilterCriteria.Assignment.valueOf(p.get(ASSIGNMENT).toString()),
                p.get(CREATED_AFTER) == null ? null : Instant.parse(p.get(CREATED_AFTER).toString()),
                p.get(CREATED_BEFORE) == null ? null : Instant.parse(p.get(CREATED_BEFORE).toString()));
    }

    private TaskQuery engineQuery(UserAccount user, TaskFilterCriteria criteria) {
        return narrow(tasks.createTaskQuery(), user, criteria);
    }

    /** Adds the criteria to a task query, for the given user. */
    static TaskQuery narrow(TaskQuery query, UserAccount user, TaskFilterCriteria criteria) {
        if (criteria.kind() != null) {
            query.taskDefinitionKey(criteria.kind().taskDefinitionKey());
        }
        if (criteria.planId() != null) {
            query.processVariableValueEquals(PLAN_ID, criteria.planId());
        }
        switch (criteria.assignment()) {
            case ASSIGNED_TO_ME -> query.taskAssignee(user.username());
            case UNASSIGNED -> query.taskUnassigned();
            case ANY -> {
                // no restriction
            }
        }
        if (criteria.createdAfter() != null) {
            query.taskCreatedAfter(Date.from(criteria.createdAfter()));
        }
        if (criteria.createdBefore() != null) {
            query.taskCreatedBefore(Date.from(criteria.createdBefore()));
        }
        return query;
    }
}
