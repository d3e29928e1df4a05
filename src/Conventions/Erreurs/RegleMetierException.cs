namespace Conventions.Erreurs;

/// <summary>A broken domain rule. <see cref="Code"/> is stable: the bot maps it to a French and English message.</summary>
public sealed class RegleMetierException(string code, string detail) : Exception($"{code}: {detail}")
{
    public string Code { get; } = code;
}
