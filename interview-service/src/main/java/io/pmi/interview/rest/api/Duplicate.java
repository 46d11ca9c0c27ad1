package io.pmi.interview.rest.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a batch in which two rows have the same key: which of them should win is not for the service to guess.
 * Each repeating row is reported at its key's path ({@code items[5].externalId}) with the code {@code duplicate},
 * which is this annotation's name, together with every other invalid input of the batch.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Duplicate.Check.class)
public @interface Duplicate {

    String message() default "repeats the key of an earlier row";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A batch whose rows have keys. */
    interface Keyed {

        /** Each row's key in order; null for a row that has none (reported as invalid anyway). */
        List<Object> rowKeys();

        /** The field of a row at which a repeated key is reported. */
        String keyField();
    }

    class Check implements ConstraintValidator<Duplicate, Keyed> {

        @Override
        public boolean isValid(Keyed batch, ConstraintValidatorContext context) {
            if (batch == null || batch.rowKeys() == null) {
                return true;
            }
            Map<Object, Integer> first = new HashMap<>();
            boolean valid = true;
            List<Object> keys = batch.rowKeys();
            for (int i = 0; i < keys.size(); i++) {
                Object key = keys.get(i);
                if (key == null) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate("repeats the key of items[" + earlier + "]")
                            .addPropertyNode("items").addPropertyNode(batch.keyField()).inIterable().atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }
}
