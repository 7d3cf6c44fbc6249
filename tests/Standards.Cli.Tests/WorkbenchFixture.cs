using System;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Standards.Cli.Tests
{
    /// <summary>One <c>standards serve</c> process and one Debian Chromium (installed by .ci/run), shared by the workbench's browser tests.</summary>
    public sealed class WorkbenchFixture : IAsyncLifetime
    {
        private IPlaywright? _playwright;

        public ServerProcess Server { get; private set; } = null!;

        public IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = new ServerProcess();
            _playwright = await Playwright.CreateAsync();
            Browser = await LaunchChromium(_playwright);
        }

        /// <summary>Starts the system Chromium headless, as the CI image provides it.</summary>
        public static Task<IBrowser> LaunchChromium(IPlaywright playwright) =>
            playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking" },
            });

        /// <summary>A fresh page at <paramref name="relative"/> on the server, wide enough for the two-column layout.</summary>
        public async Task<IPage> Open(string relative = "/")
        {
            var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1360, Height = 1000 } });
            await page.GotoAsync(new Uri(Server.Address, relative).ToString());
            return page;
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            _playwright?.Dispose();
            Server.Dispose();
        }
    }
}
