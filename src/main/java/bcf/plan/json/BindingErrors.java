package bcf.plan.json;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson's refusals while binding a plan document, said as bcf says them: at a path like {@code
 * schemes[3].spend.2017-18} (built from the exception's references), for a reason in words.
 */
final class BindingErrors {

  private BindingErrors() {}

  private static final Pattern MISSING =
      Pattern.compile("Missing (?:required )?creator property '([^']*)'");

  static PlanDocumentException translate(DatabindException e) {
    String where = path(e.getPath());
    if (e instanceof Refused) {
      return new PlanDocumentException(where, e.getOriginalMessage());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      String name = unknown.getPropertyName();
      List<JacksonException.Reference> path = e.getPath();
      if (path.isEmpty() || !name.equals(path.get(path.size() - 1).getPropertyName())) {
        where = child(where, name);
      }
      return unknownField(where, name, unknown.getReferringClass());
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    Matcher missing = MISSING.matcher(message);
    if (e instanceof MismatchedInputException && missing.lookingAt()) {
      List<JacksonException.Reference> path = e.getPath();
      String name = missing.group(1);
      boolean named = !path.isEmpty() && name.equals(path.get(path.size() - 1).getPropertyName());
      return new PlanDocumentException(named ? where : child(where, name), "is required");
    }
    int newline = message.indexOf('\n');
    return new PlanDocumentException(where, newline < 0 ? message : message.substring(0, newline));
  }

  /** An unknown field, named with the fields allowed where it stands. */
  static PlanDocumentException unknownField(String where, String name, Class<?> in) {
    return new PlanDocumentException(
        where, "unknown field '" + name + "'; allowed here: " + String.join(", ", fields(in)));
  }

  /** The fields of a record in a document, sorted; the plan's also include its version. */
  static List<String> fields(Class<?> type) {
    List<String> names = new ArrayList<>();
    if (type != null && type.isRecord()) {
      Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
    }
    if (type == bcf.plan.Plan.class) {
      names.add("documentVersion");
    }
    Collections.sort(names);
    return names;
  }

  static String path(List<JacksonException.Reference> references) {
    String path = "";
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        path = child(path, reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path = path + "[" + reference.getIndex() + "]";
      }
    }
    return path;
  }

  /** A field of the object at {@code path}, quoted when it is not a plain name or a year. */
  static String child(String path, String name) {
    String key = name.matches("[A-Za-z][A-Za-z0-9]*") ? name : "\"" + name + "\"";
    if (name.matches("\\d{4}-\\d{2}.*")) {
      key = name;
    }
    return path.isEmpty() ? key : path + "." + key;
  }
}
