package bcf.plan.json;

import bcf.json.Json;
import bcf.kernel.FinancialYear;
import bcf.kernel.Money;
import bcf.kernel.Period;
import bcf.kernel.Share;
import bcf.plan.ConditionAnswer;
import bcf.plan.Dfg;
import bcf.plan.Ibcf;
import bcf.plan.OutOfHospital;
import bcf.plan.Plan;
import bcf.plan.PooledBudget;
import bcf.plan.SocialCareMaintenance;
import bcf.plan.YearAmounts;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * The plan document as Jackson data binding: the mix-ins of {@link PlanMixIns} for the records of
 * {@code bcf.plan}, and readers and writers for the values they hold (kernel values, amounts by
 * year, lists and objects keyed by year or period, codes written in lower case with hyphens).
 */
final class PlanModule extends SimpleModule {

  /** bcf's one JSON configuration ({@link Json#configure}) with this module. */
  static final JsonMapper MAPPER =
      Json.configure(JsonMapper.builder())
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // A record's properties are its components: not isSigned(), isEmpty() and the like.
          .changeDefaultVisibility(v -> v.withIsGetterVisibility(JsonAutoDetect.Visibility.NONE))
          .addModule(new PlanModule())
          .build();

  /** What a record stands for when the document leaves it out or writes null. */
  private static final Map<Class<?>, Supplier<?>> ABSENT =
      Map.of(
          PooledBudget.class, () -> PooledBudget.NONE,
          Dfg.class, () -> Dfg.NONE,
          Ibcf.class, () -> Ibcf.NONE,
          OutOfHospital.class, () -> OutOfHospital.NONE,
          SocialCareMaintenance.class,
              () ->
                  new SocialCareMaintenance(YearAmounts.EMPTY, YearAmounts.EMPTY, new TreeMap<>()));

  PlanModule() {
    super("bcf-plan-document");
    PlanMixIns.ALL.forEach(this::setMixInAnnotation);

    addDeserializer(String.class, Values.of(String.class, Values::text));
    addDeserializer(Boolean.class, new Values.Flag(false));
    addDeserializer(boolean.class, new Values.Flag(false));
    addDeserializer(Integer.class, Values.of(Integer.class, Values::integer));
    addDeserializer(BigDecimal.class, Values.of(BigDecimal.class, Values::decimal));
    addDeserializer(Money.class, Values.of(Money.class, Values::money));
    addDeserializer(Share.class, Values.of(Share.class, Values::share));
    addDeserializer(LocalDate.class, Values.of(LocalDate.class, Values::date));
    addDeserializer(Period.class, Values.of(Period.class, Values::period));
    addDeserializer(FinancialYear.class, Values.of(FinancialYear.class, Values::year));
    addDeserializer(YearAmounts.class, new Containers.Amounts());
    addDeserializer(
        Plan.StatedIn.class, new Values.Code<>(Plan.StatedIn.class, false, Plan.StatedIn.POUNDS));
    addDeserializer(
        ConditionAnswer.Status.class, new Values.Code<>(ConditionAnswer.Status.class, true, null));
    addDeserializer(
        ConditionAnswer.Answer.class, new Values.Code<>(ConditionAnswer.Answer.class, true, null));

    addSerializer(Money.class, writer((v, g) -> g.writeNumber(number(v.pounds()))));
    addSerializer(BigDecimal.class, writer((v, g) -> g.writeNumber(number(v))));
    addSerializer(FinancialYear.class, writer((v, g) -> g.writeString(v.toString())));
    addSerializer(Period.class, writer((v, g) -> g.writeString(v.toString())));
    addSerializer(LocalDate.class, writer((v, g) -> g.writeString(v.toString())));
    addSerializer(
        Share.class,
        writer(
            (v, g) -> {
              if (v.isFraction()) {
                g.writeString(v.toString());
              } else {
                g.writeNumber(number(v.numerator()));
              }
            }));
    addSerializer(
        YearAmounts.class,
        writer(
            (v, g) -> {
              g.writeStartObject(v);
              v.values()
                  .forEach(
                      (year, amount) -> {
                        g.writeName(year.toString());
                        if (amount == null) {
                          g.writeNull();
                        } else {
                          g.writeNumber(number(amount.pounds()));
                        }
                      });
              g.writeEndObject();
            }));
    addSerializer(Plan.StatedIn.class, writer((v, g) -> g.writeString(Values.code(v))));
    addSerializer(ConditionAnswer.Status.class, writer((v, g) -> g.writeString(Values.code(v))));
    addSerializer(ConditionAnswer.Answer.class, writer((v, g) -> g.writeString(Values.code(v))));
    addKeySerializer(FinancialYear.class, writer((v, g) -> g.writeName(v.toString())));
    addKeySerializer(Period.class, writer((v, g) -> g.writeName(v.toString())));

    setDeserializerModifier(
        new ValueDeserializerModifier() {
          @Override
          public ValueDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription.Supplier description,
              ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (deserializer instanceof BeanDeserializerBase && PlanMixIns.ALL.containsKey(type)) {
              return new Containers.Record(
                  deserializer, ABSENT.getOrDefault(type, () -> null), PlanMixIns.required(type));
            }
            return deserializer;
          }
        });
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new Shapes());
  }

  /** Lists, and objects keyed by year, period or text. */
  private static final class Shapes extends Deserializers.Base {

    @Override
    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> type) {
      return List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }

    @Override
    public ValueDeserializer<?> findCollectionDeserializer(
        CollectionType type,
        DeserializationConfig config,
        BeanDescription.Supplier description,
        TypeDeserializer elementTypes,
        ValueDeserializer<?> elements) {
      if (type.hasRawClass(List.class)) {
        return new Containers.ListOf(type.getContentType(), null);
      }
      return null;
    }

    @Override
    public ValueDeserializer<?> findMapDeserializer(
        MapType type,
        DeserializationConfig config,
        BeanDescription.Supplier description,
        KeyDeserializer keys,
        TypeDeserializer valueTypes,
        ValueDeserializer<?> values) {
      JavaType key = type.getKeyType();
      Containers.Keys kind =
          key.hasRawClass(FinancialYear.class)
              ? Containers.Keys.YEAR
              : key.hasRawClass(Period.class)
                  ? Containers.Keys.PERIOD
                  : key.hasRawClass(String.class) ? Containers.Keys.TEXT : null;
      boolean sorted = type.hasRawClass(SortedMap.class);
      if (kind == null || sorted == (kind == Containers.Keys.TEXT)) {
        return null;
      }
      return new Containers.KeyedBy(kind, type.getContentType(), null);
    }
  }

  /**
   * A number as it is written canonically: no trailing zeros, never an exponent ({@code 800000},
   * {@code 0.1}).
   */
  static BigDecimal number(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @FunctionalInterface
  interface Write<T> {
    void write(T value, JsonGenerator gen);
  }

  @SuppressWarnings("unchecked")
  private static <T> ValueSerializer<T> writer(Write<T> write) {
    return (ValueSerializer<T>)
        new StdSerializer<Object>(Object.class) {
          @Override
          public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            write.write((T) value, gen);
          }
        };
  }
}
