package io.pmi.report.rest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accept to format, as RFC 9110 §12.5.1 says: the most specific range decides, q=0 refuses, ties go to JSON. */
class ReportFormatTest {

    @Test
    void theMostSpecificRangeGivesATypeItsQuality() {
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.negotiate(null));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.negotiate(" "));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.negotiate("*/*"));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.negotiate("application/*"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.negotiate("text/*"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.negotiate("TEXT/HTML"));
        assertEquals(Optional.of(ReportFormat.HTML),
                ReportFormat.negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.negotiate("text/csv; charset=UTF-8"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.negotiate("text/*;q=0.5, text/html"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.negotiate("text/*, text/csv;q=0.2"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.negotiate("*/*;q=0.1, text/csv"));
    }

    @Test
    void qZeroRefusesAndNothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), ReportFormat.negotiate("text/html;q=0"));
        assertEquals(Optional.empty(), ReportFormat.negotiate("application/xml"));
        assertEquals(Optional.empty(), ReportFormat.negotiate("*/*;q=0"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.negotiate("*/*, application/json;q=0"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.negotiate("*/*;q=0, text/html"));
    }

    @Test
    void unreadableRangesAskForNothing() {
        assertEquals(Optional.empty(), ReportFormat.negotiate("nonsense"));
        assertEquals(Optional.empty(), ReportFormat.negotiate("text/html;q=abc"));
        assertEquals(Optional.empty(), ReportFormat.negotiate("text/html;q=2"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.negotiate("nonsense, text/csv"));
    }
}
