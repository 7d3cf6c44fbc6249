using System.Linq;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Runtime;
using Standards.Rules.Model;

namespace Standards.Benchmarks
{
    /// <summary>
    /// The home-made forward-chaining runtime that NRules replaces, kept only to measure the two side by side:
    /// one production rule per characteristic, key question and standard, plus the overall rule (106 firings).
    /// </summary>
    public sealed class LegacyRuntimeRater
    {
        private readonly Rulebook _rulebook;
        private readonly SessionFactory _factory;

        public LegacyRuntimeRater(Rulebook rulebook)
        {
            _rulebook = rulebook;
            _factory = Compile(rulebook);
        }

        /// <summary>Compiles the rulebook into the home-made runtime's rules and rule network.</summary>
        public static SessionFactory Compile(Rulebook rulebook) => new RuleSet(RulebookCompiler.Compile(rulebook.Bound)).Compile();

        /// <summary>Rates one PDU as <c>CompiledRulebook.Rate</c> did before NRules.</summary>
        public RatingReport Rate(PduEvidence evidence)
        {
            var session = _factory.CreateSession();
            session.Insert(evidence);
            var result = session.Fire();
            var standards = session.Query<StandardRating>().OrderBy(s => s.Standard.Id, System.StringComparer.Ordinal).ToList();
            var overall = session.Query<OverallRating>().Single();
            return new RatingReport(_rulebook.Manifest, _rulebook.ContentHash, evidence.Pdu?.Name ?? "unnamed PDU", standards, overall, result.FiredCount);
        }
    }
}
