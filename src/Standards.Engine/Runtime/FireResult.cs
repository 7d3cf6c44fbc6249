namespace Standards.Engine.Runtime
{
    /// <summary>The outcome of <see cref="Session.Fire(int)"/>.</summary>
    /// <param name="FiredCount">How many activations fired in that call.</param>
    public readonly record struct FireResult(int FiredCount);
}
