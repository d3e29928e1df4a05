namespace Conventions.Calendrier;

public enum NatureDEcheance
{
    Evaluation,
    DateLimiteDePreavis,
    FinDeTerme,
    FinApresPreavis,
}

/// <summary>Something due on a day for a convention.</summary>
public sealed record Echeance(DateOnly Jour, NatureDEcheance Nature);
