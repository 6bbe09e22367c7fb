package bcf.plan.json;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.CUSTOM;
import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.plan.ConditionAnswer;
import bcf.plan.ContingencyLine;
import bcf.plan.Contribution;
import bcf.plan.DeclaredFigure;
import bcf.plan.Dfg;
import bcf.plan.Explanation;
import bcf.plan.Hwb;
import bcf.plan.Ibcf;
import bcf.plan.MetricAmbition;
import bcf.plan.NarrativeSection;
import bcf.plan.Organisation;
import bcf.plan.OutOfHospital;
import bcf.plan.PaymentForPerformance;
import bcf.plan.Plan;
import bcf.plan.PlanDate;
import bcf.plan.PooledBudget;
import bcf.plan.Risk;
import bcf.plan.Scheme;
import bcf.plan.SignOff;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.Split;
import bcf.plan.VersionEntry;
import bcf.plan.YearAmounts;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;

/**
 * The plan document's rules for each record of {@code bcf.plan}, kept here so that the records stay
 * free of JSON. A record's properties are its components, in their order; each mix-in says which
 * are required ({@link Required}), which have a default other than nothing ({@code defaultValue}),
 * and which are written even when blank. Everything else is left out of the canonical text when
 * blank ({@link Blank}).
 */
final class PlanMixIns {

  private PlanMixIns() {}

  /**
   * A component the document must give: left out, null or blank text is refused ("is required").
   * Checked once the record's object has been read (see {@link Containers.Record}), so that an
   * unknown field, likely the required one misspelt, is named first.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Required {}

  /**
   * The components of {@code record} its mix-in marks {@link Required}, in the order they are
   * checked: a required year before required text (a contribution without either is refused for its
   * year, as it always was), otherwise in component order.
   */
  static List<RecordComponent> required(Class<?> record) {
    Class<?> mixIn = ALL.get(record);
    List<RecordComponent> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      try {
        if (mixIn.getDeclaredMethod(component.getName()).isAnnotationPresent(Required.class)) {
          required.add(component);
        }
      } catch (NoSuchMethodException e) {
        // not mentioned in the mix-in: not required
      }
    }
    required.sort(Comparator.comparing(c -> c.getType() == String.class));
    return List.copyOf(required);
  }

  /** Every plan record and its mix-in; a test checks that no plan record is missing. */
  static final Map<Class<?>, Class<?>> ALL =
      Map.ofEntries(
          Map.entry(Plan.class, PlanMixIn.class),
          Map.entry(Plan.Source.class, Omitted.class),
          Map.entry(Hwb.class, HwbMixIn.class),
          Map.entry(Organisation.class, OrganisationMixIn.class),
          Map.entry(PlanDate.class, PlanDateMixIn.class),
          Map.entry(PooledBudget.class, Omitted.class),
          Map.entry(PooledBudget.Pool.class, PoolMixIn.class),
          Map.entry(PooledBudget.RiskShare.class, Omitted.class),
          Map.entry(Contribution.class, ContributionMixIn.class),
          Map.entry(Scheme.class, SchemeMixIn.class),
          Map.entry(Split.class, Omitted.class),
          Map.entry(Dfg.class, Omitted.class),
          Map.entry(Dfg.PassThrough.class, PassThroughMixIn.class),
          Map.entry(Dfg.Allocation.class, AllocationMixIn.class),
          Map.entry(Ibcf.class, Omitted.class),
          Map.entry(Ibcf.Purpose.class, PurposeMixIn.class),
          Map.entry(OutOfHospital.class, Omitted.class),
          Map.entry(OutOfHospital.AreaSpend.class, AreaSpendMixIn.class),
          Map.entry(SocialCareMaintenance.class, Omitted.class),
          Map.entry(ContingencyLine.class, ContingencyLineMixIn.class),
          Map.entry(PaymentForPerformance.class, Omitted.class),
          Map.entry(PaymentForPerformance.HwbReduction.class, Omitted.class),
          Map.entry(PaymentForPerformance.Payment.class, Omitted.class),
          Map.entry(ConditionAnswer.class, ConditionAnswerMixIn.class),
          Map.entry(MetricAmbition.class, MetricAmbitionMixIn.class),
          Map.entry(MetricAmbition.Definition.class, Omitted.class),
          Map.entry(MetricAmbition.Observation.class, Omitted.class),
          Map.entry(MetricAmbition.Trajectory.class, TrajectoryMixIn.class),
          Map.entry(MetricAmbition.Point.class, Omitted.class),
          Map.entry(Risk.class, RiskMixIn.class),
          Map.entry(SignOff.class, SignOffMixIn.class),
          Map.entry(NarrativeSection.class, Omitted.class),
          Map.entry(VersionEntry.class, Omitted.class),
          Map.entry(DeclaredFigure.class, DeclaredFigureMixIn.class),
          Map.entry(Explanation.class, ExplanationMixIn.class),
          Map.entry(YearAmounts.class, Omitted.class));

  /**
   * Blank, so left out of the canonical text: null, false, an empty list or object, no amounts, or
   * a record all of whose components are blank (it would be written as {@code {}}).
   */
  static final class Blank {

    @Override
    public boolean equals(Object value) {
      return blank(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }

    static boolean blank(Object value) {
      if (value == null || Boolean.FALSE.equals(value)) {
        return true;
      }
      if (value instanceof Collection<?> items) {
        return items.isEmpty();
      }
      if (value instanceof Map<?, ?> map) {
        return map.isEmpty();
      }
      if (value instanceof YearAmounts amounts) {
        return amounts.isEmpty();
      }
      if (value instanceof Money || value instanceof FinancialYear) {
        return false;
      }
      if (value instanceof Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          try {
            if (!blank(component.getAccessor().invoke(record))) {
              return false;
            }
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        }
        return true;
      }
      return false;
    }
  }

  /** True is the default, so it is left out; only false is written. */
  static final class IsTrue {

    @Override
    public boolean equals(Object value) {
      return Boolean.TRUE.equals(value);
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }

  /** Writes the document version first; the reader checks it before binding. */
  static final class DocumentVersion extends VirtualBeanPropertyWriter {

    DocumentVersion() {}

    private DocumentVersion(BeanPropertyDefinition property, AnnotatedClass owner, JavaType type) {
      super(property, owner.getAnnotations(), type);
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializationContext ctxt) {
      return PlanDocumentReader.DOCUMENT_VERSION;
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
        MapperConfig<?> config,
        AnnotatedClass owner,
        BeanPropertyDefinition property,
        JavaType type) {
      return new DocumentVersion(property, owner, type);
    }
  }

  /** Blank components are left out; nothing is required. */
  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface Omitted {}

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  @JsonAppend(
      prepend = true,
      props = @JsonAppend.Prop(value = DocumentVersion.class, name = "documentVersion"))
  @JsonIgnoreProperties(value = "documentVersion", allowGetters = true)
  interface PlanMixIn {
    @Required
    String id();

    @Required
    String round();

    /** Written even with nothing in it: the plan has a payment-for-performance scheme. */
    @JsonInclude(NON_NULL)
    PaymentForPerformance paymentForPerformance();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface HwbMixIn {
    @Required
    String id();

    @Required
    String name();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface OrganisationMixIn {
    @Required
    String id();

    @Required
    String name();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface PlanDateMixIn {
    @Required
    String event();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface PoolMixIn {
    @Required
    String name();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface ContributionMixIn {
    @Required
    String organisation();

    @Required
    FinancialYear year();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface SchemeMixIn {
    @Required
    String id();

    @Required
    String name();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface PassThroughMixIn {
    @Required
    FinancialYear year();

    @Required
    String district();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface AllocationMixIn {
    @Required
    FinancialYear year();

    @Required
    String district();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface PurposeMixIn {
    @Required
    String purpose();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface AreaSpendMixIn {
    @Required
    String areaOfSpend();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface ContingencyLineMixIn {
    @Required
    String period();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface ConditionAnswerMixIn {
    @Required
    String condition();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface MetricAmbitionMixIn {
    @Required
    String metric();

    /** Written even with nothing in it. */
    @JsonInclude(NON_NULL)
    MetricAmbition.Observation baseline();

    @JsonInclude(NON_NULL)
    MetricAmbition.Trajectory trajectory();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface TrajectoryMixIn {
    @Required
    String method();

    /** Written even with nothing in it. */
    @JsonInclude(NON_NULL)
    MetricAmbition.Point from();

    @JsonInclude(NON_NULL)
    MetricAmbition.Point to();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface RiskMixIn {
    @Required
    String description();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface SignOffMixIn {
    /** Required unless the document says false; only false is written. */
    @JsonProperty(defaultValue = "true")
    @JsonInclude(value = CUSTOM, valueFilter = IsTrue.class)
    boolean required();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface DeclaredFigureMixIn {
    @Required
    String figure();

    /** Written as null when blank: the plan printed the figure without an amount. */
    @JsonInclude(ALWAYS)
    Money amount();
  }

  @JsonInclude(value = CUSTOM, valueFilter = Blank.class)
  interface ExplanationMixIn {
    @Required
    String rule();

    @Required
    String text();
  }
}
