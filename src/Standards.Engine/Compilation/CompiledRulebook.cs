using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Runtime;
using Standards.Rules.Model;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// A rulebook compiled to production rules. Immutable and safe to share across threads; each
    /// <see cref="Rate"/> call runs its own session.
    /// </summary>
    public sealed class CompiledRulebook
    {
        private readonly SessionFactory _factory;

        private CompiledRulebook(Rulebook rulebook, SessionFactory factory)
        {
            Rulebook = rulebook;
            _factory = factory;
        }

        /// <summary>The rule model compiled.</summary>
        public Rulebook Rulebook { get; }

        /// <summary>The production rules, for inspection.</summary>
        public IReadOnlyList<ProductionRule> Rules => _factory.Rules;

        /// <summary>Compiles a rulebook that loaded without errors.</summary>
        public static CompiledRulebook Compile(Rulebook rulebook)
        {
            if (!rulebook.Bound.IsComplete)
            {
                throw new System.ArgumentException("the rulebook did not bind completely; compile only a rulebook that loaded without errors", nameof(rulebook));
            }

            var rules = RulebookCompiler.Compile(rulebook.Bound);
            return new CompiledRulebook(rulebook, new RuleSet(rules).Compile());
        }

        /// <summary>Rates one PDU's evidence: inserts it, fires the rules until nothing is left, and collects the ratings.</summary>
        public RatingReport Rate(PduEvidence evidence)
        {
            var session = _factory.CreateSession();
            session.Insert(evidence);
            var result = session.Fire();
            var standards = session.Query<StandardRating>().OrderBy(s => s.Standard.Id, System.StringComparer.Ordinal).ToList();
            var overall = session.Query<OverallRating>().Single();
            return new RatingReport(Rulebook.Manifest, Rulebook.ContentHash, evidence.Pdu?.Name ?? "unnamed PDU", standards, overall, result.FiredCount);
        }
    }
}
