package io.pmi.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * Enum-typed query and path parameters. JAX-RS answers a value that is not a constant with a bare 404; here it is a
 * validation problem naming the parameter and the allowed values, worded as for an enum in a body
 * ({@code invalid-value}, "must be one of [...]"). A constant is written on the wire as its {@code toString()}, so an
 * enum whose API form is lower case overrides it.
 */
@Provider
public class EnumParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType.isEnum() ? new EnumConverter(rawType, annotations) : null;
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, Annotation[] annotations)
            implements ParamConverter<E> {

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.toString().equals(value)) {
                    return constant;
                }
            }
            throw new WebApplicationException(Problems.validation(null, List.of(new FieldError(
                    JaxRsParameters.location(annotations, "query"), JaxRsParameters.name(annotations, "?"),
                    "invalid-value", "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .toList()))));
        }

        @Override
        public String toString(E value) {
            return String.valueOf(value);
        }
    }
}
