namespace Conventions.Dossiers;

/// <summary>R06's two stages of a dossier before the committees: the avis de pertinence, then the decision.</summary>
public enum EtapeDuComite
{
    Avis,
    Decision,
}

/// <summary>Where a dossier goes next: the stage, and the statutes of the committee that votes on it.</summary>
public sealed record ProchainVote(EtapeDuComite Etape, string StatutsDuComite);
