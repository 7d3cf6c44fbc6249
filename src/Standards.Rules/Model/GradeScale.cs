using System.Collections.Generic;
using System.Linq;

namespace Standards.Rules.Model
{
    /// <summary>The rating scale, lowest grade first.</summary>
    public sealed class GradeScale
    {
        /// <summary>Creates a grade scale from its parts.</summary>
        public GradeScale(IReadOnlyList<Grade> lowestFirst)
        {
            Grades = lowestFirst;
        }

        /// <summary>The grades, lowest first.</summary>
        public IReadOnlyList<Grade> Grades { get; }

        /// <summary>The lowest grade.</summary>
        public Grade Lowest => Grades[0];

        /// <summary>The highest grade.</summary>
        public Grade Highest => Grades[Grades.Count - 1];

        /// <summary>Finds a grade by id, or null.</summary>
        public Grade? Find(string id) => Grades.FirstOrDefault(g => g.Id == id);

        /// <summary>Finds a grade by id; the id must exist.</summary>
        public Grade this[string id] => Find(id) ?? throw new KeyNotFoundException("no grade " + id);
    }
}
