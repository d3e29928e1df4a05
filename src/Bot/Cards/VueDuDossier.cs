using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>A dossier with what gives it meaning: its form, its kind (mandatory fields) and its call.</summary>
public sealed record VueDuDossier(DossierDeProposition Dossier, FormulaireDeDossier Formulaire, TypeDeConvention Type, AppelAProjets Appel) : ISaisieEnCours
{
    public IReadOnlyDictionary<string, string> Champs => Dossier.Champs;

    public string Verbe => Verbes.Dossier;

    public DonneesDeDossier Designation => new() { Dossier = Dossier.Id.ToString() };

    public int Pourcentage => Dossier.PourcentageRempli(Type);

    public bool EstObligatoire(string champ) =>
        (Type.ChampsObligatoiresDuDossier ?? []).Any(o => champ == o || champ.StartsWith(o + ".", StringComparison.Ordinal));

    /// <summary>The applicant organisation's name once typed (the field the form names), for titles; the call's title before.</summary>
    public string Intitule => Formulaire.IntituleDe(Dossier.Champs, Appel.Titre);

    public int IndexDe(string? etape) => Formulaire.IndexDe(etape);

    public (DateOnly? Min, DateOnly? Max) Bornes(DefinitionDeChamp champ) =>
        (champ?.Borne == BorneDeDate.ApresOuverture ? Conventions.Calendrier.Bruxelles.Jour(Appel.Ouverture) : null,
         champ?.Borne == BorneDeDate.AvantCloture ? Conventions.Calendrier.Bruxelles.Jour(Appel.Cloture) : null);

    public IEnumerable<CardElement> Entete(Textes textes, string titre, int? etape = null) => DossierCardParts.Entete(textes, this, titre, etape);
}
