using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Standards.Cli.Tests
{
    /// <summary>Drives the inspector's workbench in real Chromium: examples by URL, files, the form, what-if, accessibility.</summary>
    public class WorkbenchBrowserTests : IClassFixture<WorkbenchFixture>
    {
        private readonly WorkbenchFixture _fixture;
        private readonly ITestOutputHelper _output;

        public WorkbenchBrowserTests(WorkbenchFixture fixture, ITestOutputHelper output)
        {
            _fixture = fixture;
            _output = output;
        }

        [Fact]
        public async Task An_example_opened_by_url_shows_seven_cards_the_overall_rating_and_the_rulebook()
        {
            var page = await OpenExample("national-picture.yaml");
            Assert.Equal(7, await page.Locator("#report .card[data-standard]").CountAsync());
            Assert.Equal("Inadequate", (await page.TextContentAsync("#overall"))?.Trim());
            Assert.Equal("2 points", (await page.TextContentAsync("#overall-points"))?.Trim());
            var provenance = await page.TextContentAsync("#report .provenance");
            Assert.Contains("hmip-probation-pdu", provenance);
            Assert.Matches("sha256 [0-9a-f]{12}", provenance);
            Assert.Equal("national-picture", await page.InputValueAsync("#example"));
            Assert.Equal("35", await page.InputValueAsync("#f-workforce-trainee_percent"));
            Assert.Contains("Reached", await page.TextContentAsync("#report section[id='P1.2']"));
        }

        [Fact]
        public async Task Changing_a_figure_in_the_form_changes_the_rating_in_place_lists_the_change_and_reset_restores_it()
        {
            var page = await OpenExample("national-picture");
            var card = page.Locator("#report .card[data-standard='P2.1']");
            Assert.Equal("inadequate", await card.GetAttributeAsync("data-rating"));
            await page.FillAsync("#f-case_sample-assessment-safety", "60");
            await page.WaitForSelectorAsync("#report .card[data-standard='P2.1'][data-rating='requires_improvement']");
            Assert.Contains("60 %", await page.TextContentAsync("#changed-list"));
            Assert.Equal(1, await page.Locator("#changed-list li").CountAsync());

            var trips = new double[10];
            for (int i = 0; i < trips.Length; i++)
            {
                var before = await page.GetAttributeAsync("#report", "data-round-trip-ms");
                await page.FillAsync("#f-case_sample-assessment-safety", (61 + i).ToString(CultureInfo.InvariantCulture));
                await page.WaitForFunctionAsync($"document.getElementById('changed-list').textContent.includes('{61 + i} %') && document.getElementById('report').dataset.roundTripMs !== '{before}'");
                trips[i] = double.Parse((await page.GetAttributeAsync("#report", "data-round-trip-ms"))!, CultureInfo.InvariantCulture);
            }

            Array.Sort(trips);
            _output.WriteLine($"what-if round trip over {trips.Length} edits: median {trips[trips.Length / 2]:0.0} ms, max {trips[^1]:0.0} ms");

            await page.ClickAsync("#reset");
            await page.WaitForSelectorAsync("#report .card[data-standard='P2.1'][data-rating='inadequate']");
            Assert.True(await page.Locator("#changes").IsHiddenAsync());
            Assert.Equal("31.4", await page.InputValueAsync("#f-case_sample-assessment-safety"));
        }

        [Fact]
        public async Task An_impossible_value_gets_its_message_beside_the_field()
        {
            var page = await OpenExample("national-picture");
            await page.FillAsync("#f-workforce-trainee_percent", "150");
            await page.WaitForFunctionAsync("document.getElementById('m-f-workforce-trainee_percent').textContent.length > 0");
            var message = await page.TextContentAsync("#m-f-workforce-trainee_percent");
            Assert.Contains("STD4003", message);
            Assert.Contains("impossible", message);
            Assert.Equal("true", await page.GetAttributeAsync("#f-workforce-trainee_percent", "aria-invalid"));
        }

        [Fact]
        public async Task A_file_opened_through_the_file_input_is_rated()
        {
            var page = await _fixture.Open();
            await page.SetInputFilesAsync("#file", Path.Combine(StandardsProcess.RepoRoot, "examples", "wales-sentence-management.yaml"));
            await page.WaitForSelectorAsync("#report .card[data-standard='P1.2']");
            Assert.Contains("Wales", await page.TextContentAsync("#report .provenance"));
            Assert.Equal(7, await page.Locator("#report .card[data-standard]").CountAsync());
        }

        [Fact]
        public async Task The_report_draws_its_charts_as_inline_svg_on_the_page_and_in_the_html_file()
        {
            var page = await OpenExample("national-picture");
            Assert.True(await page.Locator("#report section[id='P1.2'] svg.bullet").CountAsync() >= 10);
            Assert.Equal(4, await page.Locator("#report svg.bands").CountAsync());

            var (code, html, _) = StandardsProcess.Run("rate", "examples/national-picture.yaml", "--format", "html");
            Assert.Equal(0, code);
            var file = Path.Combine(Path.GetTempPath(), $"standards-report-{Guid.NewGuid():N}.html");
            await File.WriteAllTextAsync(file, html);
            try
            {
                var report = await _fixture.Browser.NewPageAsync();
                await report.GotoAsync(new Uri(file).ToString());
                Assert.True(await report.Locator("svg.bullet").CountAsync() >= 10);
                Assert.Equal(4, await report.Locator("svg.bands").CountAsync());
                Assert.Equal(0, await report.Locator("script, link[rel=stylesheet], img").CountAsync());
                await AssertNoSeriousViolations(report, "the HTML report");
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task The_page_has_no_serious_or_critical_accessibility_violations()
        {
            var page = await OpenExample("partial-evidence");
            await AssertNoSeriousViolations(page, "the workbench");
            await page.FillAsync("#f-workforce-trainee_percent", "150");
            await page.WaitForFunctionAsync("document.getElementById('m-f-workforce-trainee_percent').textContent.length > 0");
            await AssertNoSeriousViolations(page, "the workbench showing a field message");
        }

        [Fact]
        public async Task Everything_works_from_the_keyboard()
        {
            var page = await _fixture.Open();
            await page.WaitForSelectorAsync("#example option[value='national-picture']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            for (int i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "example"; i++) await page.Keyboard.PressAsync("Tab");
            Assert.Equal("example", await page.EvaluateAsync<string>("document.activeElement.id"));
            var names = await page.Locator("#example option").AllTextContentsAsync();
            var steps = names.ToList().IndexOf("national-picture");
            for (int i = 0; i < steps; i++) await page.Keyboard.PressAsync("ArrowDown");
            await page.WaitForSelectorAsync("#report .card[data-standard='P2.1']");

            await page.FocusAsync("#f-case_sample-assessment-safety");
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync("70");
            await page.WaitForSelectorAsync("#report .card[data-standard='P2.1'][data-rating='requires_improvement']");

            await page.FocusAsync("#report .card[data-standard='P1.2'] a");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("location.hash === '#P1.2'");
            // A what-if update still in flight can redraw the report under the keyboard: try the disclosure again if so.
            bool open = false;
            for (int attempt = 0; attempt < 3 && !open; attempt++)
            {
                await page.FocusAsync("#report section[id='P1.2'] details.rules summary");
                await page.Keyboard.PressAsync("Enter");
                open = await page.EvaluateAsync<bool>("document.querySelector(\"#report section[id='P1.2'] details.rules\").open");
                if (!open) await page.WaitForTimeoutAsync(500);
            }

            Assert.True(open, "the rule disclosure did not open from the keyboard");
        }

        [Fact]
        public async Task Screenshots_of_the_dashboard_and_a_standard()
        {
            var folder = Environment.GetEnvironmentVariable("STANDARDS_SCREENSHOTS") is { Length: > 0 } wanted
                ? Path.GetFullPath(Path.Combine(StandardsProcess.RepoRoot, wanted))
                : Path.Combine(Path.GetTempPath(), "standards-screenshots");
            Directory.CreateDirectory(folder);
            var page = await OpenExample("national-picture");
            await page.FillAsync("#f-case_sample-assessment-safety", "60");
            await page.WaitForSelectorAsync("#report .card[data-standard='P2.1'][data-rating='requires_improvement']");
            await page.EvaluateAsync("document.activeElement.blur(); window.scrollTo(0, 0)");
            var dashboard = Path.Combine(folder, "workbench-dashboard.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = dashboard });
            var detail = Path.Combine(folder, "workbench-standard-detail.png");
            await page.Locator("#report section[id='P1.2']").ScreenshotAsync(new LocatorScreenshotOptions { Path = detail });
            Assert.True(new FileInfo(dashboard).Length > 10_000);
            Assert.True(new FileInfo(detail).Length > 10_000);
            _output.WriteLine($"screenshots in {folder}");
        }

        private async Task<IPage> OpenExample(string name)
        {
            var page = await _fixture.Open("/?evidence=" + Uri.EscapeDataString(name));
            await page.WaitForSelectorAsync("#report .card.overall");
            return page;
        }

        private async Task AssertNoSeriousViolations(IPage page, string what)
        {
            var results = await page.RunAxe();
            var serious = results.Violations.Where(v => v.Impact == "serious" || v.Impact == "critical").ToList();
            foreach (var v in results.Violations) _output.WriteLine($"{what}: {v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes) e.g. {v.Nodes.FirstOrDefault()?.Html}");
            Assert.True(serious.Count == 0, $"{what}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
        }
    }
}
