package io.pmi.platform.webhooks;

import io.pmi.platform.problem.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a subscription may say, checked all at once so that one 400 lists every mistake. */
public final class WebhookRules {

    public static final int URL_MAX = 2048;
    public static final int DESCRIPTION_MAX = 500;
    public static final int EVENTS_MAX = 20;

    private WebhookRules() {
    }

    public static List<FieldError> errors(String url, List<String> events, String description, List<String> known,
                                          TargetPolicy targets) {
        List<FieldError> errors = new ArrayList<>();
        if (url == null || url.isBlank()) {
            errors.add(FieldError.body("url", "required", "The URL to deliver to is required."));
        } else if (url.length() > URL_MAX) {
            errors.add(FieldError.body("url", "too-long", "At most " + URL_MAX + " characters."));
        } else {
            targets.refusal(url, false).ifPresent(reason ->
                    errors.add(FieldError.body("url", "target-refused", "The URL " + reason + ".")));
        }
        if (events == null || events.isEmpty()) {
            errors.add(FieldError.body("events", "required", "Name at least one event type: " + known + "."));
        } else if (events.size() > EVENTS_MAX) {
            errors.add(FieldError.body("events", "too-many", "At most " + EVENTS_MAX + " event types."));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < events.size(); i++) {
                String type = events.get(i);
                if (type == null || !known.contains(type)) {
                    errors.add(FieldError.body("events[" + i + "]", "unknown",
                            "Not an event type of this service; it publishes " + known + "."));
                } else if (!seen.add(type)) {
                    errors.add(FieldError.body("events[" + i + "]", "duplicate", type + " is listed twice."));
                }
            }
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(FieldError.body("description", "too-long", "At most " + DESCRIPTION_MAX + " characters."));
        }
        return errors;
    }
}
