package io.pmi.report.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printable report in a real browser: headless Chromium draws the chart and the findings, and prints the page.
 * Skipped, with a message, where Chromium or chromedriver is not installed; {@code .ci/run} installs both.
 */
@QuarkusTest
class ReportPageBrowserTest {

    @InjectWireMock
    WireMockServer downstream;

    @Test
    void chromiumDrawsTheChartAndTheFindingsAndPrintsThePage(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = onPath("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && chromedriver.isPresent(), "Chromium or chromedriver is not "
                + "on the PATH (Debian: apt-get install chromium chromium-driver; .ci/run installs them), so the "
                + "report page is not rendered in a browser");

        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        String campaign = UUID.randomUUID().toString();
        String subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
        ExportFixture.export(campaign, subject).stub(downstream);
        String id = ExportFixture.generate(TENANT_A, campaign, subject);
        String page = as(TENANT_A, "HR_ADMIN").accept("text/html").header("Accept-Language", "en")
                .get("/api/v1/reports/" + id).then().statusCode(200).extract().asString();
        JsonNode report = new ObjectMapper().readTree(as(TENANT_A, "HR_ADMIN").header("Accept-Language", "en")
                .get("/api/v1/reports/" + id).then().statusCode(200).extract().asString());
        // Opened from a file: the page must need nothing from the service or anywhere else.
        Path file = Files.writeString(dir.resolve("report.html"), page, StandardCharsets.UTF_8);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1200,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(file.toUri().toString());
            assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));

            WebElement chart = browser.findElement(By.cssSelector("#chart svg.chart"));
            assertTrue(chart.isDisplayed() && chart.getSize().getWidth() > 200 && chart.getSize().getHeight() > 150,
                    "the chart is drawn: " + chart.getSize());
            List<WebElement> bars = chart.findElements(By.cssSelector("rect.bar"));
            assertEquals(List.of("SELF", "SUPERVISOR", "PEER", "SUBORDINATE"),
                    bars.stream().map(bar -> bar.getDomAttribute("data-role")).toList());
            // KPI reasonableness: SELF 1 (the scale's floor), SUPERVISOR 5, PEER 2, SUBORDINATE 1.5.
            int supervisor = bars.get(1).getRect().getHeight();
            int peer = bars.get(2).getRect().getHeight();
            int subordinate = bars.get(3).getRect().getHeight();
            assertTrue(supervisor > peer && peer > subordinate && subordinate > 0,
                    "bars as high as their means: " + supervisor + ", " + peer + ", " + subordinate);
            assertEquals(List.of("Self", "Supervisor", "Peers", "Subordinates"),
                    chart.findElements(By.cssSelector(".legend text")).stream().map(WebElement::getText).toList());
            assertEquals(List.of("GOALS", "INDICATORS", "FEEDBACK"), chart.findElements(By.cssSelector("g.dimension"))
                    .stream().map(group -> group.getDomAttribute("data-dimension")).toList(), "a group per dimension");

            List<WebElement> findings = browser.findElements(By.cssSelector("#findings article.finding"));
            assertEquals(report.path("findings").size(), findings.size());
            for (int i = 0; i < findings.size(); i++) {
                WebElement finding = findings.get(i);
                JsonNode expected = report.path("findings").get(i);
                assertTrue(finding.isDisplayed() && finding.getSize().getHeight() > 40, "finding " + i + " drawn");
                assertTrue(finding.getText().contains(expected.path("summary").asText()), finding.getText());
                assertTrue(finding.getText().contains(expected.path("recommendation").asText()), finding.getText());
                if (expected.path("severity").asText().equals("HIGH")) {
                    assertEquals("rgba(179, 38, 30, 1)", finding.getCssValue("border-left-color"),
                            "the page's style sheet applies");
                }
            }
            WebElement quote = browser.findElement(By.xpath("//blockquote[contains(., 'HYPERLINK')]"));
            assertTrue(quote.getText().contains("<script>alert('x')</script>"), "a quote's script is text: "
                    + quote.getText());
            assertEquals(0L, browser.executeScript("return document.scripts.length"));

            byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
            assertTrue(pdf.length > 10_000 && new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"),
                    "the page prints");
        } finally {
            browser.quit();
        }
    }

    private static Optional<Path> onPath(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator))
                        .map(folder -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst();
    }
}
