package io.pmi.interview.domain;

/**
 * The guide a campaign uses for one source role. Without a version, interviews planned later use the guide's latest
 * published version at the time they are planned.
 */
public record GuideChoice(SourceRole role, String guideId, Integer version) {
}
