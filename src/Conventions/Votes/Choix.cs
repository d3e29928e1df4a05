using Conventions.Valeurs;

namespace Conventions.Votes;

public enum Choix
{
    Pour,
    Contre,
    Abstention,
}

/// <summary>What a committee decides on.</summary>
public enum NatureDeLObjet
{
    Dossier,
    PlanDActions,
    ConventionParticuliere,
    CompteRendu,
}

/// <summary>The item voted on, and the hash of the exact document version people read.</summary>
/// <param name="BceDuDemandeur">The company number of the organisation that asks: its representatives are recused.</param>
/// <param name="AdresseDuDocument">Where the members read the document voted on (the version whose hash is given).</param>
public sealed record ObjetDuVote(NatureDeLObjet Nature, string Reference, string Intitule, string EmpreinteDocument, NumeroBce? BceDuDemandeur = null, string? AdresseDuDocument = null);

public enum Decision
{
    Adopte,
    Rejete,

    /// <summary>Too few voting members took part.</summary>
    QuorumNonAtteint,

    /// <summary>A side of a joint committee took part with too few of its members.</summary>
    PariteNonRespectee,
}
