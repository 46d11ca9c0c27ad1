package io.pmi.platform.i18n;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose response is rendered in the negotiated {@link ContentLanguage}: the response then
 * carries {@code Content-Language} and {@code Vary: Accept-Language}, and the contract documents both.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Localized {
}
