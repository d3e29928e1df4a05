namespace Conventions.Suivi;

/// <summary>Where an item stands for the member who follows it.</summary>
public enum EtatElement
{
    /// <summary>The member must act: fill, vote, sign, evaluate.</summary>
    ActionAttendue,

    /// <summary>Someone else is acting (analysts, committee, other signatories).</summary>
    EnCours,

    /// <summary>Nothing more to do.</summary>
    Termine,
}
