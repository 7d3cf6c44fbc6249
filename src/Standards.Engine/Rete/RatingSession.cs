using System.Collections.Generic;
using System.Linq;
using NRules;
using Standards.Engine.Compilation;
using Standards.Engine.Facts;
using Standards.Engine.Rating;

namespace Standards.Engine.Rete
{
    /// <summary>
    /// A live NRules session for one PDU. The evidence goes in as section facts; updating the evidence
    /// updates only the sections that changed, so only the rules that read them fire again, and the
    /// overall rating follows. Not thread-safe: one inspector, one session.
    /// </summary>
    public sealed class RatingSession
    {
        private readonly CompiledRulebook _rulebook;
        private readonly FiringTrace _trace = new FiringTrace();
        private int _firings;

        internal RatingSession(CompiledRulebook rulebook, ISession session, PduEvidence evidence)
        {
            _rulebook = rulebook;
            Session = session;
            session.ActionInterceptor = _trace;
            Evidence = evidence;
            Key = new EvidenceKey(evidence.Pdu?.Name ?? "unnamed PDU");
            var facts = new List<object>(12) { Key };
            facts.AddRange(EvidenceSections.Split(evidence, Key));
            session.InsertAll(facts);
        }

        /// <summary>The NRules session, for its events and agenda.</summary>
        public ISession Session { get; }

        /// <summary>The fact that names this PDU in the session.</summary>
        public EvidenceKey Key { get; }

        /// <summary>The evidence as last given.</summary>
        public PduEvidence Evidence { get; private set; }

        /// <summary>How many rules have fired in this session so far.</summary>
        public int Firings => _firings;

        /// <summary>Every rule firing so far, in order: the rule, its YAML source, first match or re-fire, and the fact it inserted or updated.</summary>
        public IReadOnlyList<RuleFiring> Trace => _trace.Firings;

        /// <summary>
        /// Replaces the evidence. Each section whose object differs from the last evidence's (by reference)
        /// is updated in the session; the others are left alone, and so are the rules that read only them.
        /// Returns how many sections changed.
        /// </summary>
        public int Update(PduEvidence evidence)
        {
            var changed = EvidenceSections.Changed(Evidence, evidence, Key);
            if (changed.Count > 0) Session.UpdateAll(changed);
            Evidence = evidence;
            return changed.Count;
        }

        /// <summary>Fires the rules until none is left (or <paramref name="budget"/> have fired); returns how many fired.</summary>
        public int Fire(int budget = int.MaxValue)
        {
            var fired = Session.Fire(budget);
            _firings += fired;
            return fired;
        }

        /// <summary>Fires what is pending and reads the ratings from the session's result facts.</summary>
        public RatingReport Report()
        {
            Fire();
            var standards = new List<StandardRating>();
            RatedPdu? overall = null;
            foreach (var fact in Session.Query<object>().AsEnumerable())
            {
                if (fact is RatedStandard rated && rated.Key == Key) standards.Add(rated.Rating);
                else if (fact is RatedPdu pdu && pdu.Key == Key) overall = pdu;
            }

            standards.Sort((a, b) => string.CompareOrdinal(a.Standard.Id, b.Standard.Id));
            var rulebook = _rulebook.Rulebook;
            return new RatingReport(rulebook.Manifest, rulebook.ContentHash, Evidence.Pdu?.Name ?? "unnamed PDU", standards,
                overall?.Overall ?? throw new System.InvalidOperationException("the overall rule did not fire: a standard's rule produced no rating"), _firings);
        }
    }
}
