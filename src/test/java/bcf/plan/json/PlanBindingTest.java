package bcf.plan.json;

import static org.assertj.core.api.Assertions.assertThat;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import bcf.plan.Dfg;
import bcf.plan.Ibcf;
import bcf.plan.OutOfHospital;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.SignOff;
import bcf.plan.YearAmounts;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The risks of binding rather than reading field by field: a record component that is not bound (or
 * bound under another name, or a method taken for a property), a record without its mix-in, a
 * number no figure could be that escapes as an exception rather than a located refusal.
 */
class PlanBindingTest {

  private final PlanDocumentReader reader = new PlanDocumentReader();

  /** Every record a plan holds, found from its components' types. */
  static List<Class<?>> planRecords() {
    Set<Class<?>> found = new LinkedHashSet<>();
    collect(Plan.class, found);
    return new ArrayList<>(found);
  }

  private static void collect(Type type, Set<Class<?>> found) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        collect(argument, found);
      }
      collect(parameterized.getRawType(), found);
    } else if (type instanceof Class<?> cls
        && cls.isRecord()
        && cls.getPackageName().equals("bcf.plan")
        && found.add(cls)) {
      for (RecordComponent component : cls.getRecordComponents()) {
        collect(component.getGenericType(), found);
      }
    }
  }

  /** The records bound property by property (amounts by year have their own reader and writer). */
  static List<Class<?>> boundRecords() {
    return planRecords().stream().filter(r -> r != YearAmounts.class).toList();
  }

  @Test
  void every_record_a_plan_holds_has_its_mix_in_and_no_other_has_one() {
    assertThat(planRecords()).hasSizeGreaterThan(25);
    assertThat(PlanMixIns.ALL.keySet()).containsExactlyInAnyOrderElementsOf(planRecords());
  }

  @Test
  void every_required_mark_names_a_component() {
    PlanMixIns.ALL.forEach(
        (record, mixIn) -> {
          Set<String> components = new LinkedHashSet<>();
          for (RecordComponent component : record.getRecordComponents()) {
            components.add(component.getName());
          }
          for (var method : mixIn.getDeclaredMethods()) {
            assertThat(components)
                .as(mixIn.getSimpleName() + "." + method.getName() + " is not a component")
                .contains(method.getName());
          }
        });
  }

  /**
   * Each record with every component filled in is written with exactly its components, in their
   * order (the plan with its document version first), and reads back equal: a component added to a
   * record is bound without anyone remembering to, and one that is not fails here.
   */
  @ParameterizedTest
  @MethodSource("boundRecords")
  void every_component_is_written_in_order_and_read_back(Class<?> record) throws Exception {
    Object full = full(record);
    JsonNode tree = PlanModule.MAPPER.valueToTree(full);

    List<String> expected = new ArrayList<>();
    if (record == Plan.class) {
      expected.add("documentVersion");
    }
    for (RecordComponent component : record.getRecordComponents()) {
      expected.add(component.getName());
    }
    assertThat(new ArrayList<>(tree.propertyNames())).isEqualTo(expected);
    assertThat(PlanModule.MAPPER.readerFor(record).<Object>readValue(tree)).isEqualTo(full);
  }

  /** A record with every component holding something that is written. */
  private static Object full(Class<?> record) throws Exception {
    RecordComponent[] components = record.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(components[i].getName(), components[i].getGenericType());
    }
    Constructor<?> constructor = record.getDeclaredConstructor(types);
    return constructor.newInstance(values);
  }

  private static Object value(String name, Type type) throws Exception {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (List.class.isAssignableFrom(raw)) {
        return List.of(value(name, arguments[0]));
      }
      Map<Object, Object> map =
          arguments[0] == String.class ? new LinkedHashMap<>() : new TreeMap<>();
      map.put(value(name, arguments[0]), value(name, arguments[1]));
      return map;
    }
    Class<?> cls = (Class<?>) type;
    if (cls == String.class) {
      return name + " text";
    }
    if (cls == boolean.class || cls == Boolean.class) {
      // written only when not the default: true for a sign-off's "required", false elsewhere
      return !name.equals("required");
    }
    if (cls == Integer.class) {
      return 3;
    }
    if (cls == BigDecimal.class) {
      return new BigDecimal("0.25");
    }
    if (cls == Money.class) {
      return Money.of("1234.5");
    }
    if (cls == FinancialYear.class) {
      return FinancialYear.parse("2017-18");
    }
    if (cls == Period.class) {
      return Period.parse("2017-18 Q2");
    }
    if (cls == LocalDate.class) {
      return LocalDate.of(2014, 2, 14);
    }
    if (cls == Share.class) {
      return Share.parse("1/3");
    }
    if (cls == YearAmounts.class) {
      return YearAmounts.of(Map.of(FinancialYear.parse("2017-18"), Money.of(5)));
    }
    if (cls.isEnum()) {
      Object[] constants = cls.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (cls.isRecord()) {
      return full(cls);
    }
    throw new AssertionError("no sample value for " + type + " (" + name + ")");
  }

  private static final String PLAN =
      """
      {"id": "p", "round": "2017-19",
       "organisations": [{"id": "o", "name": "O"}],
       "contributions": [{"organisation": "o", "year": "2017-18", "actual": 1}],
       "metrics": [{"metric": "m", "baseline": {"value": 1}}],
       "risks": [{"description": "d", "likelihood": 1}]}
      """;

  private PlanDocumentException refusal(String document) {
    try {
      reader.read(document);
    } catch (PlanDocumentException e) {
      return e;
    }
    throw new AssertionError("read without refusal: " + document);
  }

  /** Numbers no figure could be are refused where they stand, briefly, never thrown through. */
  @ParameterizedTest
  @ValueSource(strings = {"1e400", "-1e400", "1e100000", "1E+999999999", "1e-400"})
  void a_number_beyond_any_figure_is_refused_where_it_stands(String number) {
    String shown = new BigDecimal(number).toString();
    String[][] places = {
      {"\"actual\": 1", "contributions[0].actual"},
      {"\"value\": 1", "metrics[0].baseline.value"},
      {"\"likelihood\": 1", "risks[0].likelihood"},
    };
    for (String[] place : places) {
      String key = place[0].substring(0, place[0].indexOf(':') + 1);
      PlanDocumentException e = refusal(PLAN.replace(place[0], key + " " + number));
      assertThat(e.where()).as(number + " at " + place[1]).isEqualTo(place[1]);
      assertThat(e.getMessage()).isEqualTo(shown + " is far beyond any figure a plan could hold");
    }
    assertThat(refusal(PLAN.replace("{\"id\"", "{\"documentVersion\": " + number + ", \"id\"")))
        .extracting(PlanDocumentException::describe)
        .isEqualTo("documentVersion: " + shown + " is far beyond any figure a plan could hold");
  }

  @Test
  void a_misspelt_required_field_is_named_as_unknown_before_the_missing_one() {
    assertThat(refusal(PLAN.replace("{\"id\": \"o\", \"name\"", "{\"id\": \"o\", \"nmae\"")))
        .extracting(PlanDocumentException::describe)
        .asString()
        .startsWith("organisations[0].nmae: unknown field 'nmae'; allowed here: hwbs, id, name,");
  }

  @Test
  void required_text_that_is_null_or_blank_is_refused() {
    assertThat(refusal(PLAN.replace("\"id\": \"o\"", "\"id\": null")).describe())
        .isEqualTo("organisations[0].id: is required");
    assertThat(refusal(PLAN.replace("\"id\": \"o\"", "\"id\": \"  \"")).describe())
        .isEqualTo("organisations[0].id: is required");
    assertThat(refusal(PLAN.replace("\"year\": \"2017-18\"", "\"year\": null")).describe())
        .isEqualTo("contributions[0].year: is required");
  }

  @Test
  void a_list_refuses_null_elements_and_the_wrong_shape() {
    assertThat(refusal(PLAN.replace("\"risks\": [", "\"risks\": [null, ")).describe())
        .isEqualTo("risks[0]: expected an object {...} but found null");
    assertThat(refusal(PLAN.replace("{\"id\": \"p\"", "{\"years\": {}, \"id\": \"p\"")).describe())
        .isEqualTo("years: expected a list of text but found an object");
    assertThat(
            refusal(PLAN.replace("{\"id\": \"p\"", "{\"years\": [\"2017-18\", 5], \"id\": \"p\""))
                .describe())
        .isEqualTo("years[1]: expected text but found the number 5");
    assertThat(
            refusal(PLAN.replace("{\"id\": \"p\"", "{\"years\": [\"2017/18\"], \"id\": \"p\""))
                .describe())
        .isEqualTo("years: '2017/18' is not a financial year written like 2017-18");
  }

  @Test
  void what_is_left_out_reads_as_its_default() {
    Plan plan =
        reader.read(
            """
            {"id": "p", "round": "2017-19", "statedIn": null, "published": null, "dfg": null,
             "signOffs": [{"name": "A"}, {"name": "B", "required": false}, {"required": null}]}
            """);
    assertThat(plan.statedIn()).isEqualTo(Plan.StatedIn.POUNDS);
    assertThat(plan.published()).isFalse();
    assertThat(plan.dfg()).isSameAs(Dfg.NONE);
    assertThat(plan.ibcf()).isSameAs(Ibcf.NONE);
    assertThat(plan.outOfHospital()).isSameAs(OutOfHospital.NONE);
    assertThat(plan.pooledBudget()).isSameAs(PooledBudget.NONE);
    assertThat(plan.socialCareMaintenance().isEmpty()).isTrue();
    assertThat(plan.source()).isNull();
    assertThat(plan.schemes()).isEmpty();
    assertThat(plan.signOffs()).extracting(SignOff::required).containsExactly(true, false, true);
    assertThat(new PlanDocumentWriter().write(plan))
        .isEqualTo(
            """
            {
              "documentVersion": 1,
              "id": "p",
              "round": "2017-19",
              "statedIn": "pounds",
              "signOffs": [
                {
                  "name": "A"
                },
                {
                  "name": "B",
                  "required": false
                },
                {}
              ]
            }
            """);
  }

  @Test
  void codes_are_read_and_written_in_lower_case_with_hyphens() {
    Plan plan =
        reader.read(
            """
            {"id": "p", "round": "2017-19", "statedIn": "thousands",
             "nationalConditions": [{"condition": "c", "status": "Not-Met", "answer": "yes"}]}
            """);
    String written = new PlanDocumentWriter().write(plan);
    assertThat(written).contains("\"statedIn\": \"thousands\"").contains("\"status\": \"not-met\"");
    assertThat(refusal(written.replace("thousands", "Thousands")).describe())
        .isEqualTo("statedIn: 'Thousands' is not one of pounds, thousands, millions");
    assertThat(refusal(written.replace("not-met", "maybe")).describe())
        .isEqualTo("nationalConditions[0].status: 'maybe' is not one of met, not-met");
  }
}
