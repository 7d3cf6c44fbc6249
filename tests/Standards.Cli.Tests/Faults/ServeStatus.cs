namespace Standards.Cli.Tests.Faults
{
    /// <summary>What <c>GET /api/status</c> said: the serving hash, how many problems the latest load had, and the reload count.</summary>
    internal sealed record ServeStatus(string Hash, int Problems, int Reloads);
}
