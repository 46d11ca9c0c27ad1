package io.pmi.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.clients.interview.model.ExportItem;
import io.pmi.clients.interview.model.SourceRole;
import io.pmi.clients.questionbank.ApiClient;
import io.pmi.clients.questionbank.model.LintFinding;
import io.pmi.clients.questionbank.model.LintResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, item 2: a client generated from today's contract keeps working when a later version adds an enum
 * value or a field: openapi-generator's {@code enumUnknownDefaultCase} reads an unknown value as
 * {@code UNKNOWN_DEFAULT_OPEN_API}, and the generated mapper ignores unknown fields.
 */
class GeneratedClientToleranceTest {

    @Test
    void aLintFindingOfAKindAddedLaterIsReadAsUnknownWithItsOtherFields() throws Exception {
        ObjectMapper json = new ApiClient().getObjectMapper();
        LintResult result = json.readValue("""
                {"locale": "en", "findings": [{"code": "SLANTED", "severity": "ERROR", "reason": "A_LATER_REASON",
                  "message": "m", "start": 0, "end": 3, "confidence": 0.9}], "addedLater": true}
                """, LintResult.class);
        LintFinding finding = result.getFindings().get(0);
        assertEquals(LintFinding.CodeEnum.UNKNOWN_DEFAULT_OPEN_API, finding.getCode());
        assertEquals(LintFinding.ReasonEnum.UNKNOWN_DEFAULT_OPEN_API, finding.getReason());
        assertEquals(LintFinding.SeverityEnum.ERROR, finding.getSeverity());
        assertEquals(Integer.valueOf(3), finding.getEnd());
        assertEquals(LintResult.LocaleEnum.EN, result.getLocale());
    }

    @Test
    void anExportItemFromASourceRoleAddedLaterIsReadAsUnknown() throws Exception {
        ObjectMapper json = new io.pmi.clients.interview.ApiClient().getObjectMapper();
        ExportItem item = json.readValue("""
                {"id": "i1", "version": 3, "subjectExternalId": "E1", "sourceRole": "CUSTOMER"}
                """, ExportItem.class);
        assertEquals(SourceRole.UNKNOWN_DEFAULT_OPEN_API, item.getSourceRole());
        assertEquals("E1", item.getSubjectExternalId());
    }
}
