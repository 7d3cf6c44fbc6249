using System.Collections.Generic;
using Standards.Rules.Text;

namespace Standards.Rules.Model
{
    /// <summary>The rulebook manifest: identity, version, the rating scale and the bands.</summary>
    public sealed class RulebookManifest
    {
        public RulebookManifest(string id, string title, string version, string effective, GradeScale scale, IReadOnlyList<ScoreBand> overallBands, IReadOnlyList<PercentBand> caseSampleBands, SourceSpan span)
        {
            Id = id;
            Title = title;
            Version = version;
            Effective = effective;
            Scale = scale;
            OverallBands = overallBands;
            CaseSampleBands = caseSampleBands;
            Span = span;
        }

        /// <summary>The rulebook id.</summary>
        public string Id { get; }

        /// <summary>The rulebook title.</summary>
        public string Title { get; }

        /// <summary>The version, as written.</summary>
        public string Version { get; }

        /// <summary>The effective date, yyyy-mm-dd.</summary>
        public string Effective { get; }

        /// <summary>The rating scale.</summary>
        public GradeScale Scale { get; }

        /// <summary>The overall score bands, lowest total first.</summary>
        public IReadOnlyList<ScoreBand> OverallBands { get; }

        /// <summary>The domain-two bands, highest threshold first.</summary>
        public IReadOnlyList<PercentBand> CaseSampleBands { get; }

        /// <summary>Where the manifest is.</summary>
        public SourceSpan Span { get; }

    }
}
