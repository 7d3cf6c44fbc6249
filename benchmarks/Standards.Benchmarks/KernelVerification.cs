using System;
using System.Linq;
using Standards.Engine.Kernel;
using Standards.Engine.Rating;

namespace Standards.Benchmarks
{
    /// <summary>Checks, before timing, that the kernel gives the session engine's ratings and characteristic outcomes.</summary>
    public static class KernelVerification
    {
        /// <summary>Throws on any difference in standard ranges, overall range, points or characteristic outcomes.</summary>
        public static void AssertAgrees(RatingReport report, KernelRating rating)
        {
            RatingSummary.AssertSame("the kernel", RatingSummary.From(report), KernelSummary.From(rating));
            var results = report.Standards.SelectMany(s => s.KeyQuestions.SelectMany(k => k.Supports).Concat(s.Caps)).ToList();
            var different = results.Where(r => rating.Outcome(r.Bound.Id) != r.Outcome).Select(r => r.Bound.Id).ToList();
            if (different.Count > 0 || results.Count != rating.Kernel.Characteristics.Count)
            {
                throw new InvalidOperationException($"the kernel disagrees with the session engine on {string.Join(", ", different)}");
            }

            Console.WriteLine($"// verified: the kernel agrees with the session engine on {results.Count} characteristic outcomes and every rating");
        }
    }
}
