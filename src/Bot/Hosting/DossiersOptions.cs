using System.ComponentModel.DataAnnotations;

namespace TeamsConventions.Bot.Hosting;

/// <summary>Section <c>Dossiers</c>: the calls for proposals, and how dossiers are handed on.</summary>
public sealed class DossiersOptions
{
    public const string SectionName = "Dossiers";

    public IList<AppelOptions> Appels { get; } = [];

    /// <summary>The bot's public address (https in Azure), for the links to the dossiers' Word documents.</summary>
    [Required]
    public Uri? AdressePublique { get; set; }

    /// <summary>Base64 key (32 bytes or more) signing those links; the same on every instance.</summary>
    [Required]
    public string? CleDesLiens { get; set; }

    /// <summary>How long a document link works after the card that carries it was shown.</summary>
    [Range(1, 24 * 14)]
    public int DureeDesLiensEnHeures { get; set; } = 72;

    /// <summary>The organisation's name, in the header of every page of every generated document (none: the title alone).</summary>
    [StringLength(120)]
    public string? Organisation { get; set; }

    /// <summary>
    /// A folder of the organisation's own Word templates, one per kind (<c>cooperation-forem-cpas.docx</c>…), used
    /// instead of the project's; a kind without a file keeps the project's template. None: the project's for all.
    /// </summary>
    public string? DossierDesModeles { get; set; }

    /// <summary>How long the committee has to vote on a dossier the analysts transmit.</summary>
    [Range(1, 90)]
    public int DureeDuVoteEnJours { get; set; } = 14;

    /// <summary>A signatory who has not signed is reminded this many days after their turn came, each delay once.</summary>
    public IList<int> RappelsDeSignatureEnJours { get; } = [3, 7];

    /// <summary>Editors of unsubmitted drafts are reminded this many days before the call closes.</summary>
    public IList<int> RappelsAvantClotureEnJours { get; } = [7, 1];
}

/// <summary>One call for proposals. Dates are Brussels local time, as the call's text gives them.</summary>
public sealed class AppelOptions
{
    public string Id { get; set; } = string.Empty;

    public string Titre { get; set; } = string.Empty;

    /// <summary>The kind of convention the call leads to; it must have a dossier form.</summary>
    public string Type { get; set; } = string.Empty;

    public DateTime Ouverture { get; set; }

    public DateTime Cloture { get; set; }

    /// <summary>The team and channel where the analysts receive submitted dossiers.</summary>
    public string EquipeDesAnalystes { get; set; } = string.Empty;

    public string CanalDesAnalystes { get; set; } = string.Empty;

    /// <summary>The team and channel of the committee the analysts transmit dossiers to: the one giving the avis de pertinence where the kind asks for one (R06), the deciding one otherwise.</summary>
    public string EquipeDuComite { get; set; } = string.Empty;

    public string CanalDuComite { get; set; } = string.Empty;

    /// <summary>Where the kind asks for an avis first: the team and channel of the committee that then decides.</summary>
    public string EquipeDuComiteQuiDecide { get; set; } = string.Empty;

    public string CanalDuComiteQuiDecide { get; set; } = string.Empty;
}
