using System;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Standards.Cli.Hosting;
using Standards.Cli.Output;
using Standards.Cli.Serve;
using Standards.Engine.Evidence;

namespace Standards.Cli.Commands
{
    /// <summary><c>standards serve</c>: a web page on 127.0.0.1 where an inspector previews ratings.</summary>
    internal sealed class ServeCommand
    {
        /// <summary>The largest evidence body accepted.</summary>
        public const int MaxEvidenceBytes = 2 * 1024 * 1024;

        private readonly RulebookProvider _rulebooks;

        public ServeCommand(RulebookProvider rulebooks)
        {
            _rulebooks = rulebooks;
        }

        public int Run(string? rulesDirectory, int port, string examplesDirectory, TextWriter output, TextWriter error)
        {
            if (RulebookProvider.IsMissingFolder(rulesDirectory, error)) return ExitCodes.Usage;
            LiveRulebook live;
            try
            {
                live = new LiveRulebook(_rulebooks, rulesDirectory);
            }
            catch (InvalidOperationException e)
            {
                error.WriteLine(e.Message);
                return ExitCodes.Failed;
            }

            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Services.AddSingleton(live);
            builder.Services.AddHostedService<RulebookWatcher>();
            var app = builder.Build();
            Map(app, live, examplesDirectory);
            app.Start();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            output.WriteLine($"serving provisional ratings on {address} (Ctrl+C to stop)");
            output.Flush();
            app.WaitForShutdown();
            return ExitCodes.Success;
        }

        private static void Map(WebApplication app, LiveRulebook live, string examplesDirectory)
        {
            app.MapGet("/", () => Results.Content(ServePage.Html, "text/html; charset=utf-8"));
            app.MapGet("/api/status", () =>
            {
                var manifest = live.Current!.Rulebook.Manifest;
                return Results.Json(new
                {
                    id = manifest.Id,
                    version = manifest.Version,
                    content_hash = live.Current.Rulebook.ContentHash,
                    problems = live.Problems.Select(d => d.ToString()).ToArray(),
                });
            });
            app.MapGet("/api/examples", () => Results.Json(Directory.Exists(examplesDirectory)
                ? Directory.GetFiles(examplesDirectory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>()));
            app.MapGet("/api/examples/{name}", (string name) =>
            {
                var file = Path.Combine(examplesDirectory, name + ".yaml");
                return name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && !name.Contains("..", StringComparison.Ordinal) && File.Exists(file)
                    ? Results.Text(File.ReadAllText(file), "text/plain; charset=utf-8")
                    : Results.NotFound();
            });
            app.MapPost("/api/rate", async (HttpRequest request) =>
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer);
                if (buffer.Length > MaxEvidenceBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
                var current = live.Current!;
                var evidence = EvidenceReader.Read("evidence", buffer.ToArray(), rulebook: current.Rulebook);
                if (evidence.Evidence is null)
                {
                    var diagnostics = evidence.Diagnostics.Select(d => new { id = d.Id, line = d.Span.Line, column = d.Span.Column, message = d.Message }).ToArray();
                    return Results.Json(new { diagnostics }, statusCode: StatusCodes.Status422UnprocessableEntity);
                }

                var report = current.Rate(evidence.Evidence);
                using var writer = new StringWriter();
                if (request.Query["format"] == "json")
                {
                    ReportJsonWriter.Write(report, writer);
                    return Results.Text(writer.ToString(), "application/json; charset=utf-8", Encoding.UTF8);
                }

                HtmlReportWriter.Write(report, writer);
                return Results.Text(writer.ToString(), "text/html; charset=utf-8", Encoding.UTF8);
            });
        }
    }
}
