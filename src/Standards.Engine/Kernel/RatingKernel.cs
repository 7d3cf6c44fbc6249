using System;
using System.Collections.Generic;
using System.Linq;
using Standards.Engine.Evaluation;
using Standards.Engine.Facts;
using Standards.Rules.Binding;
using Standards.Rules.Model;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Standards.Engine.Kernel
{
    /// <summary>
    /// A whole rulebook compiled into one delegate for bulk rating (diffs across past PDUs, sweeps, what-if,
    /// simulation), with no session, working memory or agenda. Each standard's conditions and measures compile to
    /// one delegate that reads each evidence record once and each aggregate once; a table-driven pass then applies
    /// the ladders, caps, bands and overall bands. It gives the same ranges as <see cref="Compilation.CompiledRulebook"/> and allocates
    /// nothing per rating beyond the <see cref="KernelRating"/> (nothing at all when one is reused). Explanations
    /// (<see cref="Trace"/>) are built only when asked for. Immutable and safe to share across threads.
    /// </summary>
    public sealed class RatingKernel
    {
        private readonly Action<PduEvidence, byte[], double[]>[] _evaluate;
        private readonly int[] _points;
        private readonly Dictionary<string, int> _characteristicIndex;
        private readonly Dictionary<string, int> _standardIndex;
        private readonly Lazy<TraceLayout>[] _traces;

        private RatingKernel(Rulebook rulebook)
        {
            Rulebook = rulebook;
            Layout = new KernelLayout(rulebook.Bound);
            _evaluate = Enumerable.Range(0, Layout.Standards.Count).Select(s => CompileStandard(Layout, s)).ToArray();
            _points = Scale.Grades.Select(g => g.Points).ToArray();
            _characteristicIndex = Enumerable.Range(0, Layout.Characteristics.Count).ToDictionary(i => Layout.Characteristics[i].Id, StringComparer.Ordinal);
            _standardIndex = Enumerable.Range(0, Layout.Standards.Count).ToDictionary(i => Layout.Standards[i].Id, StringComparer.Ordinal);
            _traces = Layout.Characteristics.Select(c => new Lazy<TraceLayout>(() => new TraceLayout(c.Condition))).ToArray();
        }

        /// <summary>The rulebook compiled.</summary>
        public Rulebook Rulebook { get; }

        /// <summary>The rating scale; ranks in a <see cref="KernelRating"/> index its grades.</summary>
        public GradeScale Scale => Rulebook.Manifest.Scale;

        /// <summary>Every characteristic, standard by standard: the indexes of <see cref="KernelRating.Outcome(int)"/>.</summary>
        public IReadOnlyList<BoundCharacteristic> Characteristics => Layout.Characteristics;

        /// <summary>Every key question, standard by standard: the indexes of <see cref="KernelRating.KeyQuestionRange"/>.</summary>
        public IReadOnlyList<BoundKeyQuestion> KeyQuestions => Layout.KeyQuestions;

        /// <summary>The standards, ordered by id: the indexes of <see cref="KernelRating.StandardRange(int)"/>.</summary>
        public IReadOnlyList<BoundStandard> Standards => Layout.Standards;

        internal KernelLayout Layout { get; }

        /// <summary>Compiles a rulebook that loaded without errors.</summary>
        public static RatingKernel Compile(Rulebook rulebook)
        {
            if (!rulebook.Bound.IsComplete)
            {
                throw new ArgumentException("the rulebook did not bind completely; compile only a rulebook that loaded without errors", nameof(rulebook));
            }

            return new RatingKernel(rulebook);
        }

        /// <summary>Rates one PDU into a new <see cref="KernelRating"/>.</summary>
        public KernelRating Rate(PduEvidence evidence)
        {
            var rating = new KernelRating(this);
            Rate(evidence, rating);
            return rating;
        }

        /// <summary>Rates one PDU into <paramref name="into"/>, overwriting it: no allocation at all.</summary>
        public void Rate(PduEvidence evidence, KernelRating into)
        {
            ArgumentNullException.ThrowIfNull(evidence);
            if (!ReferenceEquals(into.Kernel, this)) throw new ArgumentException("the rating was made by another kernel", nameof(into));
            foreach (var evaluate in _evaluate) evaluate(evidence, into.Outcomes, into.Measures);
            KernelJudgement.Judge(Layout, _points, into);
        }

        /// <summary>The index of the characteristic with the id <paramref name="id"/>.</summary>
        public int IndexOfCharacteristic(string id) =>
            _characteristicIndex.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException("no characteristic " + id);

        /// <summary>The index of the standard with the id <paramref name="id"/>.</summary>
        public int IndexOfStandard(string id) =>
            _standardIndex.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException("no standard " + id);

        /// <summary>The explanation of one characteristic on <paramref name="evidence"/>: every sub-expression's value and the evidence read. Built only when asked for.</summary>
        public ConditionTrace Trace(int characteristic, PduEvidence evidence) => _traces[characteristic].Value.Evaluate(evidence);

        /// <summary>
        /// One standard's conditions and measures as one delegate. A single method for the whole rulebook is larger
        /// than the JIT optimises (it falls back to minimal optimisation), so each standard gets its own.
        /// </summary>
        private static Action<PduEvidence, byte[], double[]> CompileStandard(KernelLayout layout, int standard)
        {
            var evidence = LinqExpression.Parameter(typeof(PduEvidence), "evidence");
            var outcomes = LinqExpression.Parameter(typeof(byte[]), "outcomes");
            var measures = LinqExpression.Parameter(typeof(double[]), "measures");
            var records = new RecordReads(evidence);
            var builder = KernelExpressionBuilder.AtRoot(records);
            var body = new List<LinqExpression>();
            var bound = layout.Standards[standard];
            for (int i = 0; i < layout.Characteristics.Count; i++)
            {
                if (layout.Characteristics[i].Standard != bound.Standard) continue;
                body.Add(LinqExpression.Assign(LinqExpression.ArrayAccess(outcomes, LinqExpression.Constant(i)),
                    LinqExpression.Convert(builder.Build(layout.Characteristics[i].Condition), typeof(byte))));
            }

            for (int m = 0; m < layout.Measures.Count; m++)
            {
                if (layout.Measures[m].Standard != bound.Standard) continue;
                body.Add(LinqExpression.Assign(LinqExpression.ArrayAccess(measures, LinqExpression.Constant(m)), builder.Build(layout.Measures[m].Measure!)));
            }

            body.Add(LinqExpression.Empty());
            records.Finish();
            var block = LinqExpression.Block(typeof(void), records.Variables, records.Assignments.Concat(body));
            return LinqExpression.Lambda<Action<PduEvidence, byte[], double[]>>(block, $"standard {bound.Id}", new[] { evidence, outcomes, measures }).Compile();
        }
    }
}
