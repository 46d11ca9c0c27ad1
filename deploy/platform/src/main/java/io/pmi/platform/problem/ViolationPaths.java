package io.pmi.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a Bean Validation path such as {@code create.body.options[0].label.<map value>} into what a client
 * sent: {@code options[0].label.en} in the body, or {@code size} in the query.
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static FieldError toFieldError(ConstraintViolation<?> violation, Method resourceMethod) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        String in = "body";
        String name = null;
        StringBuilder path = new StringBuilder();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                if (resourceMethod != null && index < resourceMethod.getParameterCount()) {
                    Parameter parameter = resourceMethod.getParameters()[index];
                    if (parameter.isAnnotationPresent(BeanParam.class) && nodes.hasNext()) {
                        Path.Node field = nodes.next();
                        AnnotatedElement element = findField(parameter.getType(), field.getName());
                        in = location(element, "query");
                        name = parameterName(element, field.getName());
                    } else {
                        in = location(parameter, "body");
                        name = parameterName(parameter, null);
                    }
                }
                continue;
            }
            appendNode(path, node);
        }
        String where = "body".equals(in) ? (path.length() == 0 ? "$" : path.toString()) : name;
        return new FieldError(in, where, code(violation), violation.getMessage());
    }

    private static void appendNode(StringBuilder path, Path.Node node) {
        if (node.isInIterable()) {
            if (node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                path.append('.').append(node.getKey());
            }
        }
        if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(node.getName());
        }
    }

    private static String location(AnnotatedElement element, String fallback) {
        return element == null ? fallback : JaxRsParameters.location(element.getAnnotations(), fallback);
    }

    private static String parameterName(AnnotatedElement element, String fallback) {
        return element == null ? fallback : JaxRsParameters.name(element.getAnnotations(), fallback);
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }

    /**
     * The errors worth telling: a value that is required and missing ("" for a text, which also breaks a minimum
     * size) is reported as required only.
     */
    static List<FieldError> withoutMoot(List<FieldError> errors) {
        Set<String> missing = errors.stream().filter(e -> "required".equals(e.code()))
                .map(e -> e.in() + " " + e.path()).collect(Collectors.toSet());
        return errors.stream().filter(e -> "required".equals(e.code()) || !missing.contains(e.in() + " " + e.path()))
                .toList();
    }

    /**
     * A stable code per constraint: {@code required}, {@code size}, {@code range}, {@code pattern}, or its name;
     * {@code invalid-value} for one marked {@link InvalidValue}.
     */
    static String code(ConstraintViolation<?> violation) {
        if (violation.getConstraintDescriptor().getPayload().contains(InvalidValue.class)) {
            return "invalid-value";
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "size";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero",
                 "Range" -> "range";
            case "Pattern" -> "pattern";
            case "Email", "URL" -> "format";
            default -> kebab(constraint);
        };
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
