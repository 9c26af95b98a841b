package id.satudata.hub.catalog.api.record;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The operators of a filter parameter {@code <field>.<operator>=<value>}; a bare {@code <field>=<value>} is
 * {@link #EQ}. Null is a value of its own: {@code ne} and {@code nin} keep the rows whose field is null (they differ
 * from the value), the ordering operators never match it, and {@code null=true|false} asks for it.
 */
enum FilterOperator {
    EQ((column, values) -> values.size() == 1 ? column.eq(values.get(0)) : column.in(values)),
    NE((column, values) -> DSL.and(values.stream().map(column::isDistinctFrom).toList())),
    GT((column, values) -> DSL.and(values.stream().map(column::gt).toList())),
    GTE((column, values) -> DSL.and(values.stream().map(column::ge).toList())),
    LT((column, values) -> DSL.and(values.stream().map(column::lt).toList())),
    LTE((column, values) -> DSL.and(values.stream().map(column::le).toList())),
    /** Any of the comma-separated values. */
    IN((column, values) -> column.in(values)),
    /** None of the comma-separated values. */
    NIN((column, values) -> column.notIn(values).or(column.isNull())),
    /** {@code true}: the field is null; {@code false}: it is not. */
    NULL((column, values) -> DSL.and(values.stream()
            .map(isNull -> (Boolean) isNull ? column.isNull() : column.isNotNull())
            .toList()));

    private final BiFunction<Field<Object>, List<Object>, Condition> condition;

    FilterOperator(BiFunction<Field<Object>, List<Object>, Condition> condition) {
        this.condition = condition;
    }

    /** The operator's name in a parameter, e.g. {@code gte}. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<FilterOperator> named(String label) {
        return Arrays.stream(values())
                .filter(operator -> operator.label().equals(label))
                .findFirst();
    }

    static List<String> labels() {
        return Arrays.stream(values()).map(FilterOperator::label).toList();
    }

    /** The raw values of the parameter's occurrences, split at commas for the set operators. */
    List<String> split(List<String> raw) {
        if (this != IN && this != NIN) {
            return raw;
        }
        return raw.stream().flatMap(value -> Stream.of(value.split(",", -1))).toList();
    }

    /** Values already converted to the column's type ({@link #NULL}: booleans). */
    Condition condition(FieldColumn column, List<Object> typed) {
        return condition.apply(column.column(), typed);
    }
}
