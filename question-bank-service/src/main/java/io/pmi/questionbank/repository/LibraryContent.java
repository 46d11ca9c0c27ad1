package io.pmi.questionbank.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.platform.tenancy.Tenants;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.QuestionContent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** The built-in library's data files, read by the migrations that seed them. */
public final class LibraryContent {

    public static final String TENANT = Tenants.LIBRARY;
    /** The time the library's content is dated with, the same on every installation. */
    public static final LocalDateTime RELEASED = LocalDateTime.of(2026, 11, 25, 0, 0);

    public record LibraryQuestion(String id, QuestionContent content) {
    }

    public record LibraryGuide(String id, GuideContent content) {
    }

    private LibraryContent() {
    }

    public static List<LibraryQuestion> questions(String resource) {
        List<LibraryQuestion> questions = new ArrayList<>();
        for (JsonNode node : read(resource)) {
            questions.add(new LibraryQuestion(node.get("id").asText(),
                    ContentJson.MAPPER.convertValue(node, QuestionContent.class)));
        }
        return questions;
    }

    public static List<LibraryGuide> guides(String resource) {
        List<LibraryGuide> guides = new ArrayList<>();
        for (JsonNode node : read(resource)) {
            guides.add(new LibraryGuide(node.get("id").asText(), ContentJson.MAPPER.convertValue(node, GuideContent.class)));
        }
        return guides;
    }

    public static QuestionContent content(String json) {
        return ContentJson.read(json, QuestionContent.class);
    }

    public static int checksum(String resource) {
        CRC32 crc = new CRC32();
        crc.update(bytes(resource));
        return (int) crc.getValue();
    }

    public static JsonNode read(String resource) {
        try {
            return ContentJson.MAPPER.readTree(bytes(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = LibraryContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing library resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String json(Object stored) {
        return ContentJson.write(stored);
    }

    public static String answerSpecJson(QuestionContent content) {
        return ContentJson.write(new AnswerSpec(content.scale(), content.options()));
    }
}
