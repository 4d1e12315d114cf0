package ca.concerto.plan.interchange;

/**
 * One problem of a plan file.
 *
 * @param jsonPath where, as a JSON path from the root: "$.items[2].children[0].title"; "$" for the whole file
 * @param message  what, in French
 */
public record Problem(String jsonPath, String message) {
    public Problem {
        if (jsonPath == null || message == null) {
            throw new IllegalArgumentException("jsonPath et message sont obligatoires");
        }
    }

    @Override
    public String toString() {
        return jsonPath + " : " + message;
    }
}
