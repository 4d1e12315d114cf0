package ca.concerto.plan.interchange.impl;

import ca.concerto.plan.interchange.InvalidPlanFileException;
import ca.concerto.plan.interchange.PlanDiff;
import ca.concerto.plan.interchange.PlanInterchange;
import ca.concerto.plan.interchange.Problem;
import ca.concerto.plan.model.PlanDocument;
import ca.concerto.plan.model.PlanItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;

/** The interchange format on jackson-core's streaming API; stateless and thread-safe. */
@Component(service = PlanInterchange.class)
public class PlanInterchangeImpl implements PlanInterchange {

    @Override
    public String write(PlanDocument document) {
        return Json.pretty(Trees.document(Objects.requireNonNull(document, "document")));
    }

    @Override
    public byte[] canonicalBytes(PlanDocument document) {
        return Json.canonical(Trees.document(Objects.requireNonNull(document, "document")));
    }

    @Override
    public String fingerprint(PlanDocument document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(document)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public PlanDocument read(String json) throws InvalidPlanFileException {
        if (json == null) {
            throw new InvalidPlanFileException(List.of(new Problem("$", "le fichier est vide")));
        }
        if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
            json = json.substring(1);
        }
        List<Problem> problems = new ArrayList<>();
        Object tree;
        try {
            tree = Json.parse(json, problems);
        } catch (Json.MalformedJson e) {
            throw new InvalidPlanFileException(List.of(e.problem));
        }
        Reader reader = new Reader();
        PlanDocument document = reader.document(tree);
        problems.addAll(reader.problems);
        if (!problems.isEmpty() || document == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem("$", "document invalide"));
            }
            throw new InvalidPlanFileException(problems);
        }
        return document;
    }

    /** Reads UTF-8 bytes. */
    public PlanDocument read(byte[] utf8) throws InvalidPlanFileException {
        return read(new String(utf8, StandardCharsets.UTF_8));
    }

    @Override
    public byte[] canonicalItemBytes(PlanItem item) {
        return Json.canonical(Trees.itemFields(Objects.requireNonNull(item, "item")).map);
    }

    @Override
    public PlanItem readItem(String json) throws InvalidPlanFileException {
        if (json == null) {
            throw new InvalidPlanFileException(List.of(new Problem("$", "l'élément est vide")));
        }
        List<Problem> problems = new ArrayList<>();
        Object tree;
        try {
            tree = Json.parse(json, problems);
        } catch (Json.MalformedJson e) {
            throw new InvalidPlanFileException(List.of(e.problem));
        }
        Reader reader = new Reader();
        PlanItem item = reader.item(tree, "$");
        problems.addAll(reader.problems);
        if (!problems.isEmpty() || item == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem("$", "élément invalide"));
            }
            throw new InvalidPlanFileException(problems);
        }
        return item;
    }

    @Override
    public PlanDiff diff(PlanDocument older, PlanDocument newer) {
        return Differ.diff(Objects.requireNonNull(older, "older"), Objects.requireNonNull(newer, "newer"));
    }
}
