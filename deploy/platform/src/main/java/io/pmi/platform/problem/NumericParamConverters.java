package io.pmi.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/**
 * JAX-RS answers a query or path parameter that is not a number with a bare 404. This converter makes it a
 * validation problem naming the parameter ({@code ?size=many}: {@code size}, {@code invalid-type}).
 */
@Provider
public class NumericParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Numeric<>(annotations, Integer::valueOf, "an integer");
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Numeric<>(annotations, Long::valueOf, "an integer");
        }
        return null;
    }

    private record Numeric<N>(Annotation[] annotations, Function<String, N> parse, String expected)
            implements ParamConverter<N> {

        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (NumberFormatException e) {
                throw new WebApplicationException(Problems.validation(null, List.of(
                        new FieldError(JaxRsParameters.location(annotations, "query"),
                                JaxRsParameters.name(annotations, "?"), "invalid-type", "expected " + expected))));
            }
        }

        @Override
        public String toString(N value) {
            return String.valueOf(value);
        }

    }
}
