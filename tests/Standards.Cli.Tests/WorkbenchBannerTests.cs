using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>While a broken edit leaves the last good rulebook serving, the page lists the problems in a banner.</summary>
    public class WorkbenchBannerTests
    {
        [Fact]
        public async Task A_broken_rules_edit_shows_a_banner_with_file_line_and_message_and_ratings_keep_their_rulebook()
        {
            var copy = Path.Combine(Path.GetTempPath(), "standards-banner-" + Guid.NewGuid().ToString("N"));
            TestCommandTests.CopyDirectory(Path.Combine(StandardsProcess.RepoRoot, "rules"), copy);
            try
            {
                using var server = new ServerProcess("--rules", copy, "--examples", Path.Combine(StandardsProcess.RepoRoot, "examples"));
                using var playwright = await Playwright.CreateAsync();
                await using var browser = await WorkbenchFixture.LaunchChromium(playwright);
                var page = await browser.NewPageAsync();
                await page.GotoAsync(new Uri(server.Address, "/?evidence=kent-surrey-sussex.yaml").ToString());
                await page.WaitForSelectorAsync("#report .card.overall");
                var hash = await page.GetAttributeAsync("#report .report", "data-rulebook-hash");
                Assert.True(await page.Locator("#banner").IsHiddenAsync());

                var file = Path.Combine(copy, "standards", "P1.2-staffing.yaml");
                await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("oversight_sufficient_percent", "oversight_sufficent_percent"));
                await page.WaitForSelectorAsync("#banner:not([hidden])", new PageWaitForSelectorOptions { Timeout = 30_000 });
                var banner = await page.TextContentAsync("#banner");
                Assert.Contains("last good rulebook is still serving", banner);
                Assert.Contains("P1.2-staffing.yaml", banner);
                Assert.Contains("STD1003", banner);
                Assert.Matches(@"\(\d+,\d+\)", banner);

                await page.FillAsync("#f-workforce-trainee_percent", "20");
                await page.WaitForFunctionAsync("document.getElementById('changed-list').textContent.includes('20 %')");
                Assert.Equal(hash, await page.GetAttributeAsync("#report .report", "data-rulebook-hash"));
            }
            finally
            {
                Directory.Delete(copy, true);
            }
        }
    }
}
