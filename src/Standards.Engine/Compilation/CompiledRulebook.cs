using System.Collections.Generic;
using NRules;
using NRules.RuleModel;
using Standards.Engine.Facts;
using Standards.Engine.Rating;
using Standards.Engine.Rete;
using Standards.Rules.Model;

namespace Standards.Engine.Compilation
{
    /// <summary>
    /// A rulebook compiled to NRules rules and a session factory. Immutable and safe to share across threads;
    /// each <see cref="Rate"/> call runs its own session, and <see cref="OpenSession"/> keeps one open.
    /// </summary>
    public sealed class CompiledRulebook
    {
        private readonly ISessionFactory _factory;

        private CompiledRulebook(Rulebook rulebook, IReadOnlyList<IRuleDefinition> rules, ISessionFactory factory)
        {
            Rulebook = rulebook;
            Rules = rules;
            _factory = factory;
        }

        /// <summary>The rule model compiled.</summary>
        public Rulebook Rulebook { get; }

        /// <summary>The NRules rule definitions, for inspection.</summary>
        public IReadOnlyList<IRuleDefinition> Rules { get; }

        /// <summary>The NRules session factory the rules compiled into.</summary>
        public ISessionFactory SessionFactory => _factory;

        /// <summary>Compiles a rulebook that loaded without errors.</summary>
        public static CompiledRulebook Compile(Rulebook rulebook)
        {
            if (!rulebook.Bound.IsComplete)
            {
                throw new System.ArgumentException("the rulebook did not bind completely; compile only a rulebook that loaded without errors", nameof(rulebook));
            }

            var rules = RulebookCompiler.Rules(rulebook.Bound);
            return new CompiledRulebook(rulebook, rules, RulebookCompiler.Compile(rules));
        }

        /// <summary>Rates one PDU's evidence from scratch: a new session, its sections inserted, the rules fired until none is left.</summary>
        public RatingReport Rate(PduEvidence evidence) => OpenSession(evidence).Report();

        /// <summary>
        /// Opens a live session for one PDU, starting from <paramref name="evidence"/>; update it as evidence arrives.
        /// <paramref name="initialise"/> runs before the evidence goes in, to subscribe to the session's events
        /// (NRules evaluates the left-hand sides as facts are inserted).
        /// </summary>
        public RatingSession OpenSession(PduEvidence evidence, System.Action<ISession>? initialise = null) =>
            new RatingSession(this, initialise is null ? _factory.CreateSession() : _factory.CreateSession(initialise), evidence);
    }
}
