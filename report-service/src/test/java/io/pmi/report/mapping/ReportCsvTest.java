package io.pmi.report.mapping;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One CSV cell: defused when a spreadsheet would run it, quoted as RFC 4180 says when it must be. */
class ReportCsvTest {

    @Test
    void aCellThatASpreadsheetWouldEvaluateStartsWithAnApostrophe() {
        assertEquals("'=1+2", ReportCsv.cell("=1+2"));
        assertEquals("'+86 说法", ReportCsv.cell("+86 说法"));
        assertEquals("'-它不对", ReportCsv.cell("-它不对"));
        assertEquals("'@SUM(A1)", ReportCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", ReportCsv.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"",
                ReportCsv.cell("=HYPERLINK(\"https://evil.example\",\"x\")"), "defused, then quoted");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-1.50", ReportCsv.cell("-1.50"));
        assertEquals("3", ReportCsv.cell("3"));
        assertEquals("a=b", ReportCsv.cell("a=b"));
        assertEquals("考核指标", ReportCsv.cell("考核指标"));
        assertEquals("", ReportCsv.cell(""));
        assertEquals("", ReportCsv.cell(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a,b\"", ReportCsv.cell("a,b"));
        assertEquals("\"他说\"\"每周\"\"\"", ReportCsv.cell("他说\"每周\""));
        assertEquals("\"第一行\n第二行\"", ReportCsv.cell("第一行\n第二行"));
        assertEquals("\"a\r\nb\"", ReportCsv.cell("a\r\nb"));
        assertEquals("a;b", ReportCsv.cell("a;b"));
    }
}
