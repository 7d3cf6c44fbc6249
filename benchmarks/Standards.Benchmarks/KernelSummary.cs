using System.Linq;
using Standards.Engine.Kernel;

namespace Standards.Benchmarks
{
    /// <summary>The kernel's answer in the shape the other approaches are compared in.</summary>
    public static class KernelSummary
    {
        /// <summary>Standard ranks, overall ranks and points from a kernel rating.</summary>
        public static RatingSummary From(KernelRating rating)
        {
            var kernel = rating.Kernel;
            var n = kernel.Standards.Count;
            return new RatingSummary(kernel.Standards.Select(s => s.Id).ToArray(),
                Enumerable.Range(0, n).Select(rating.StandardLowRank).ToArray(),
                Enumerable.Range(0, n).Select(rating.StandardHighRank).ToArray(),
                rating.OverallLowRank, rating.OverallHighRank, rating.LowestPoints, rating.HighestPoints);
        }
    }
}
