using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>Drives the served page in Debian's Chromium (installed by .ci/run) through Playwright.</summary>
    public class ServePageBrowserTests
    {
        [Fact]
        public async Task An_inspector_picks_an_example_rates_it_and_sees_the_report()
        {
            using var server = new ServerProcess();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking" },
            });
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Address.ToString());
            await page.WaitForSelectorAsync("#example option[value='national-picture']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            await page.SelectOptionAsync("#example", "national-picture");
            await page.WaitForFunctionAsync("document.getElementById('evidence').value.includes('oversight_sufficient_percent')");
            await page.ClickAsync("#rate");
            var report = page.FrameLocator("#report");
            var overall = report.Locator("#overall");
            await overall.WaitForAsync();
            Assert.Equal("Inadequate", (await overall.TextContentAsync())?.Trim());
            Assert.Contains("Staffing", await report.Locator("#P1\\.2 h2").TextContentAsync());
            Assert.Contains("hmip-probation-pdu", await page.TextContentAsync("#status"));

            await page.FillAsync("#evidence", "workforce:\n  po:\n    in_post_fte: -3\n");
            await page.ClickAsync("#rate");
            await page.WaitForFunctionAsync("document.getElementById('problems').textContent.length > 0");
            Assert.Contains("line 3, column 18: STD4003", await page.TextContentAsync("#problems"));
        }
    }
}
