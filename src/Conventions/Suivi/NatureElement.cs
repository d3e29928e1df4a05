namespace Conventions.Suivi;

/// <summary>What kind of thing a member follows.</summary>
public enum NatureElement
{
    Dossier,
    Convention,
    Vote,
    Signature,
    Evaluation,
}
