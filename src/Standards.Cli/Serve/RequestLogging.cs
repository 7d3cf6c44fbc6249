using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Standards.Cli.Serve
{
    /// <summary>Logs each request through ILogger: method, path, status and time taken; server errors as errors.</summary>
    internal static class RequestLogging
    {
        public static void UseRequestLogging(this WebApplication app)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Standards.Serve.Requests");
            app.Use(async (context, next) =>
            {
                var clock = Stopwatch.StartNew();
                await next(context);
                var status = context.Response.StatusCode;
                var level = status >= 500 ? LogLevel.Error : status >= 400 ? LogLevel.Warning : LogLevel.Information;
                logger.Log(level, "{Method} {Path} answered {Status} in {Elapsed:0.0} ms", context.Request.Method, context.Request.Path.Value, status, clock.Elapsed.TotalMilliseconds);
            });
        }
    }
}
