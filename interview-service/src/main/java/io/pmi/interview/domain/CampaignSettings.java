package io.pmi.interview.domain;

import java.util.List;

/**
 * What an HR admin decides about a campaign (访谈项目). As written by the client, values may be missing or wrong;
 * {@link CampaignRules#check} says what is wrong and {@link CampaignRules#withDefaults} fills in what is missing.
 *
 * @param departments          the departments in scope; empty means the whole company
 * @param guides               at most one guide per source role
 * @param anonymityThreshold   k: PEER and SUBORDINATE answers are only shown in groups of at least k people
 * @param completenessThreshold the completeness score (0 to 1) an interview record needs to be completed without
 *                             an override
 * @param gapThreshold         how far apart sources must be on a scale to count as a gap; null means a third of
 *                             each scale's range
 */
public record CampaignSettings(String name, String description, List<String> departments, String period,
                               String locale, List<GuideChoice> guides, Integer anonymityThreshold,
                               Double completenessThreshold, Double gapThreshold) {
}
