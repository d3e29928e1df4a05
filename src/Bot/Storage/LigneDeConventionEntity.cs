namespace TeamsConventions.Bot.Storage;

/// <summary>
/// One row of a convention's partition (PK = convention id). The row key says what it is: <c>racine</c> (the
/// root, whose ETag guards the whole aggregate), <c>partie-NN</c>, <c>fiche-NNN</c>, <c>signature-VVV-NN</c>,
/// <c>avenant-VVV</c>, <c>evaluation-REF</c>, <c>audit-TICKS-NNN</c> (written once, never updated). Each kind of
/// row fills its own columns; the Table service stores only the columns that are set.
/// </summary>
public sealed class LigneDeConventionEntity : LigneDAgregatEntity
{
    public string? Type { get; set; }

    public int? Version { get; set; }

    public string? EmpreinteInitiale { get; set; }

    public string? DateDeSignature { get; set; }

    public string? Bassin { get; set; }

    public string? Dossier { get; set; }

    public int? AnneesDuCycle { get; set; }

    public string? PeriodeDebut { get; set; }

    public string? PeriodeFin { get; set; }

    public int? PreavisEnMois { get; set; }

    public string? PreavisPartie { get; set; }

    public string? PreavisLe { get; set; }

    public string? PreavisForme { get; set; }

    public string? PreavisMotifs { get; set; }

    public string? PreavisFin { get; set; }

    public string? Role { get; set; }

    public string? Nom { get; set; }

    public string? ReferentNom { get; set; }

    public string? ReferentMail { get; set; }

    public string? ReferentTelephone { get; set; }

    public string? Bce { get; set; }

    public string? Theme { get; set; }

    public string? Intitule { get; set; }

    public string? Quoi { get; set; }

    public string? PourQuoi { get; set; }

    public string? Quand { get; set; }

    public string? Comment { get; set; }

    public string? Ou { get; set; }

    public string? PourEtAvecQui { get; set; }

    public string? Partie { get; set; }

    public string? Fonction { get; set; }

    public bool? Electronique { get; set; }

    public string? Lieu { get; set; }

    /// <summary>A signature given on the bot's page: the address its one-time code was sent to; a designation outside the organisation: its address.</summary>
    public string? Courriel { get; set; }

    public bool? EnVigueur { get; set; }

    public string? BeneficiaireParcours { get; set; }

    public string? BeneficiaireEntree { get; set; }

    public string? ConsentementLe { get; set; }

    public string? Reference { get; set; }

    public string? Due { get; set; }

    public string? DemandeePar { get; set; }

    /// <summary>Names of the parties that validated the minutes, one per line.</summary>
    public string? ValideePar { get; set; }

    /// <summary>A piece of its clauses as JSON (rows <c>clauses-NN</c>).</summary>
    public string? Champs { get; set; }

    /// <summary>When a nominative amendment's beneficiary was erased at their request.</summary>
    public string? EffaceLe { get; set; }
}
