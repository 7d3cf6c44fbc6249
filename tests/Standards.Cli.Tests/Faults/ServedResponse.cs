namespace Standards.Cli.Tests.Faults
{
    /// <summary>One request of <see cref="LoadGenerator"/>: when it was sent and answered (stopwatch ms), and how.</summary>
    /// <param name="SentMs">When the request was sent.</param>
    /// <param name="ReceivedMs">When the whole response had arrived.</param>
    /// <param name="Hash">The <c>X-Rulebook-Hash</c> header, or null.</param>
    /// <param name="Failure">Why the request failed, or null when it succeeded.</param>
    internal sealed record ServedResponse(double SentMs, double ReceivedMs, string? Hash, string? Failure);
}
