using System.Globalization;

namespace Conventions.Erreurs;

/// <summary>
/// A broken domain rule. <see cref="Code"/> is stable; the bot turns it, with <see cref="Arguments"/>, into a
/// French and English message that says what to fix (resource <c>ErreurMetier.{Code}</c>).
/// </summary>
public sealed class RegleMetierException(string code, params object[] arguments)
    : Exception($"{code}: {string.Join(" | ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)))}")
{
    public string Code { get; } = code;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
