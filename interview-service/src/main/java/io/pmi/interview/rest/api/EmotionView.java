package io.pmi.interview.rest.api;

import io.pmi.interview.domain.Emotion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "EmotionNote")
public record EmotionView(String id, String questionKey, Emotion emotion, int intensity, boolean acknowledged,
                          String note, Instant createdAt) {
}
