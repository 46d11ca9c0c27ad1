package io.pmi.platform.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

import java.lang.reflect.Field;

/** Names validation paths after the JSON a client sends ({@code name.zh-CN}), not after Java fields. */
@ApplicationScoped
public class JsonPropertyNodeNames implements PropertyNodeNameProvider {

    @Override
    public String getName(Property property) {
        if (property instanceof JavaBeanProperty bean) {
            for (Class<?> type = bean.getDeclaringClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                try {
                    Field field = type.getDeclaredField(property.getName());
                    JsonProperty json = field.getAnnotation(JsonProperty.class);
                    if (json != null && !json.value().isEmpty()) {
                        return json.value();
                    }
                    break;
                } catch (NoSuchFieldException e) {
                    // the property is declared further up
                }
            }
        }
        return property.getName();
    }
}
