package ca.concerto.adoption.impl;

import java.text.MessageFormat;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import ca.concerto.identity.api.UserAccount;
import ca.concerto.workflow.api.FormValidationException;

import org.operaton.bpm.engine.form.FormField;
import org.operaton.bpm.engine.form.FormFieldValidationConstraint;

/**
 * Checks form data against the form fields a task declares in the BPMN
 * ({@code operaton:formData/formField}, with {@code operaton:validation/constraint}) and converts
 * the values to the fields' types. Collects every error instead of stopping at the first, as the
 * engine's own form submission does.
 * <p>
 * Types: {@code string}, {@code long}, {@code boolean}, {@code date} (ISO {@code 2025-03-31} or the
 * field's date pattern), {@code enum} (the declared value ids); other types pass unchanged.
 * Constraints: {@code required}, {@code readonly}, {@code minlength}, {@code maxlength},
 * {@code min}, {@code max}; others are left to the engine. Blank text counts as no value.
 * Fields not declared are refused, so form data cannot overwrite other process variables.
 */
final class TaskFormValidator {

    private static final String BUNDLE = "ca.concerto.adoption.impl.FormMessages";
    /** The engine's default pattern of date form fields. */
    private static final String DEFAULT_DATE_PATTERN = "dd/MM/yyyy";

    private TaskFormValidator() {
    }

    /**
     * @return the converted value of every field that is not read-only (null when left empty), in declaration order
     * @throws FormValidationException with a message per invalid or unknown field
     */
    static Map<String, Object> validate(String taskId, List<FormField> fields, Map<String, Object> formData,
                                        UserAccount user) {
        Map<String, Object> data = formData == null ? Map.of() : formData;
        ResourceBundle messages = messages(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FormField> declared = new LinkedHashMap<>();
        for (FormField field : fields) {
            declared.put(field.getId(), field);
        }
        for (FormField field : fields) {
            Object raw = data.get(field.getId());
            if (raw instanceof CharSequence text && text.toString().isBlank()) {
                raw = null;
            }
            Map<String, Object> constraints = constraints(field);
            if (raw != null && constraints.containsKey("readonly")) {
                errors.put(field.getId(), messages.getString("readonly"));
                continue;
            }
            if (raw == null) {
                if (constraints.containsKey("required")) {
                    errors.put(field.getId(), messages.getString("required"));
                } else if (!constraints.containsKey("readonly")) {
                    // An empty field empties its variable: no value left over from an earlier round.
                    values.put(field.getId(), null);
                }
                continue;
            }
            try {
                Object value = convert(field, raw, messages);
                checkConstraints(value, constraints, messages);
                values.put(field.getId(), value);
            } catch (InvalidValue e) {
                errors.put(field.getId(), e.getMessage());
            }
        }
        for (String name : data.keySet()) {
            if (!declared.containsKey(name)) {
                errors.put(name, messages.getString("unknown"));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(taskId, errors);
        }
        return values;
    }

    private static Object convert(FormField field, Object raw, ResourceBundle messages) {
        String type = field.getTypeName() == null ? "string" : field.getTypeName();
        return switch (type) {
            case "string" -> {
                if (raw instanceof CharSequence text) {
                    yield text.toString();
                }
                throw new InvalidValue(messages.getString("type.string"));
            }
            case "long" -> toLong(raw, messages);
            case "boolean" -> toBoolean(raw, messages);
            case "date" -> toDate(field, raw, messages);
            case "enum" -> toEnum(field, raw, messages);
            default -> raw;
        };
    }

    private static Long toLong(Object raw, ResourceBundle messages) {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof CharSequence text) {
            try {
                return Long.valueOf(text.toString().strip());
            } catch (NumberFormatException e) {
                // falls through to the message
            }
        }
        throw new InvalidValue(messages.getString("type.long"));
    }

    private static Boolean toBoolean(Object raw, ResourceBundle messages) {
        if (raw instanceof Boolean value) {
            return value;
        }
        if (raw instanceof CharSequence text) {
            String value = text.toString().strip();
            if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return Boolean.valueOf(value);
            }
        }
        throw new InvalidValue(messages.getString("type.boolean"));
    }

    private static Date toDate(FormField field, Object raw, ResourceBundle messages) {
        if (raw instanceof Date value) {
            return value;
        }
        if (raw instanceof Instant value) {
            return Date.from(value);
        }
        if (raw instanceof LocalDate value) {
            return Date.from(value.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        if (raw instanceof CharSequence text) {
            String value = text.toString().strip();
            try {
                return Date.from(LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant());
            } catch (DateTimeParseException notIso) {
                Object pattern = field.getType() == null ? null : field.getType().getInformation("datePattern");
                SimpleDateFormat format = new SimpleDateFormat(pattern instanceof String p ? p : DEFAULT_DATE_PATTERN,
                        Locale.ROOT);
                format.setLenient(false);
                try {
                    return format.parse(value);
                } catch (ParseException e) {
                    // falls through to the message
                }
            }
        }
        throw new InvalidValue(messages.getString("type.date"));
    }

    private static String toEnum(FormField field, Object raw, ResourceBundle messages) {
        Object information = field.getType() == null ? null : field.getType().getInformation("values");
        Map<?, ?> allowed = information instanceof Map<?, ?> map ? map : Map.of();
        String value = raw instanceof Enum<?> constant ? constant.name() : String.valueOf(raw).strip();
        if (allowed.containsKey(value)) {
            return value;
        }
        String list = allowed.entrySet().stream()
                .map(entry -> entry.getValue() == null || entry.getValue().equals(entry.getKey())
                        ? String.valueOf(entry.getKey())
                        : entry.getKey() + " (" + entry.getValue() + ")")
                .collect(Collectors.joining(", "));
        throw new InvalidValue(MessageFormat.format(messages.getString("enum"), value, list));
    }

    private static void checkConstraints(Object value, Map<String, Object> constraints, ResourceBundle messages) {
        for (Map.Entry<String, Object> constraint : constraints.entrySet()) {
            String bound = constraint.getValue() == null ? null : constraint.getValue().toString().strip();
            if (bound == null || bound.isEmpty()) {
                continue;
            }
            switch (constraint.getKey()) {
                case "minlength" -> {
                    if (value instanceof String text && text.length() < Integer.parseInt(bound)) {
                        throw new InvalidValue(MessageFormat.format(messages.getString("minlength"), bound));
                    }
                }
                case "maxlength" -> {
                    if (value instanceof String text && text.length() > Integer.parseInt(bound)) {
                        throw new InvalidValue(MessageFormat.format(messages.getString("maxlength"), bound));
                    }
                }
                case "min" -> {
                    if (value instanceof Number number && number.doubleValue() < Double.parseDouble(bound)) {
                        throw new InvalidValue(MessageFormat.format(messages.getString("min"), bound));
                    }
                }
                case "max" -> {
                    if (value instanceof Number number && number.doubleValue() > Double.parseDouble(bound)) {
                        throw new InvalidValue(MessageFormat.format(messages.getString("max"), bound));
                    }
                }
                default -> {
                    // required and readonly are checked before conversion; custom validators are not run here
                }
            }
        }
    }

    private static Map<String, Object> constraints(FormField field) {
        Map<String, Object> constraints = new LinkedHashMap<>();
        if (field.getValidationConstraints() != null) {
            for (FormFieldValidationConstraint constraint : field.getValidationConstraints()) {
                constraints.put(constraint.getName(), constraint.getConfiguration());
            }
        }
        return constraints;
    }

    /** French unless the user reads English; never the JVM's default locale. */
    static ResourceBundle messages(UserAccount user) {
        Locale locale = user.language() != null && user.language().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, locale, TaskFormValidator.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final class InvalidValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message, null, false, false);
        }
    }
}
