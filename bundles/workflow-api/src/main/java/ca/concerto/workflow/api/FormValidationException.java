package ca.concerto.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form data sent to complete a task do not satisfy the task's declared form fields; the task
 * was not completed. {@link #errors()} gives one message per field, in the user's language
 * (French unless the user's language is English), ready to show beside the field.
 */
public class FormValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String taskId;
    private final Map<String, String> errors;

    public FormValidationException(String taskId, Map<String, String> errors) {
        super("Invalid form data for task " + taskId + ": fields " + errors.keySet());
        this.taskId = taskId;
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public String taskId() {
        return taskId;
    }

    /** Field id to message, in the order the task declares its fields (unknown fields last). */
    public Map<String, String> errors() {
        return errors;
    }
}
