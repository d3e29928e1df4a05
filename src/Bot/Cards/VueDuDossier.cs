using Conventions.Catalogue;
using Conventions.Dossiers;

namespace TeamsConventions.Bot.Cards;

/// <summary>A dossier with what gives it meaning: its form, its kind (mandatory fields) and its call.</summary>
public sealed record VueDuDossier(DossierDeProposition Dossier, FormulaireDeDossier Formulaire, TypeDeConvention Type, AppelAProjets Appel)
{
    public int Pourcentage => Dossier.PourcentageRempli(Type);

    public bool EstObligatoire(string champ) =>
        (Type.ChampsObligatoiresDuDossier ?? []).Any(o => champ == o || champ.StartsWith(o + ".", StringComparison.Ordinal));

    /// <summary>The applicant organisation's name once typed (the field the form names), for titles; the call's title before.</summary>
    public string Intitule => Formulaire.IntituleDe(Dossier.Champs, Appel.Titre);

    public int IndexDe(string? etape) => Math.Max(0, Formulaire.Etapes.ToList().FindIndex(e => e.Id == etape));
}
